use super::*;

#[test]
fn pronouns_say_kind_and_gender() {
    let kinds = |w: &str| match pronoun(w) {
        Some(What::Pronoun {
            person,
            organization,
            group,
            gender,
            ..
        }) => Some((person, organization, group, gender)),
        _ => None,
    };
    assert_eq!(kinds("He"), Some((true, false, false, Some(Gender::Male))));
    assert_eq!(
        kinds("her"),
        Some((true, false, false, Some(Gender::Female)))
    );
    assert_eq!(kinds("its"), Some((false, true, false, None)));
    assert_eq!(kinds("They"), Some((false, true, true, None)));
    assert_eq!(kinds("I"), None);
    assert_eq!(kinds("the"), None);
}

#[test]
fn each_pronoun_by_index_is_what_its_word_says() {
    for (i, w) in PRONOUNS.iter().enumerate() {
        assert_eq!(
            format!("{:?}", Some(pronoun_at(i))),
            format!("{:?}", pronoun(w)),
            "{w}"
        );
    }
}

#[test]
#[cfg(feature = "embedded")]
fn one_lookup_finds_pronouns_and_heads() {
    let lex = Lexicon::new(true);
    for (i, w) in PRONOUNS.iter().enumerate() {
        let upper = w.to_uppercase();
        for w in [*w, upper.as_str()] {
            assert!(
                matches!(lex.pronoun_or_head(w), Some(Found::Pronoun(p)) if p == i),
                "{w}"
            );
        }
    }
    for w in ["company", "Minister", "communique", "spokesperson"] {
        let Some(Found::Head(k, h)) = lex.pronoun_or_head(w) else {
            panic!("{w}");
        };
        assert!(std::ptr::eq(lex.head_at(k).unwrap(), h));
        assert!(std::ptr::eq(lex.head(w).unwrap(), h), "{w}");
    }
    for w in ["the", "said", "Smith", "hi", "señor"] {
        assert!(lex.pronoun_or_head(w).is_none(), "{w}");
    }
}

#[test]
fn ages_and_stems() {
    assert!(is_age("35-year-old"));
    assert!(!is_age("-year-old"));
    assert!(!is_age("old"));
    let mut words = Words::default();
    let mut v = |xs: &[&str]| {
        let mut c = Chain::default();
        for x in xs {
            words.push(&mut c, x);
        }
        c
    };
    let (poland, brazilian, finance) = (v(&["poland"]), v(&["brazilian"]), v(&["finance"]));
    let whole = |w: &str| [Span::new(0, w.len())];
    assert_eq!(overlap("Polish", &whole("Polish"), &words, poland), 1.0);
    assert_eq!(overlap("brazil", &whole("brazil"), &words, brazilian), 1.0);
    assert_eq!(overlap("Foreign", &whole("Foreign"), &words, finance), 0.0);
    let bank = [Box::<str>::from("bank")];
    assert!(has_any_word("Deutsche Bank AG", &bank));
    assert!(!has_any_word("Bankside Ltd", &bank));
    assert!(has_any_word("Zürich Bank", &bank));
    assert!(!has_any_word("Deutsche Bank AG", &[]));
    assert!(name_shares("Dick Clark Productions", "production"));
    assert!(!name_shares("Acme Corp", "bank"));
    assert!(!name_shares("Acme Corp", "co"), "too short to tell");
}

#[test]
#[cfg(feature = "embedded")]
fn the_lists_load() {
    let lex = Lexicon::new(true);
    assert_eq!(lex.gender_word("Ms."), Some(Gender::Female));
    assert_eq!(lex.gender_word("spokesman"), Some(Gender::Male));
    assert_eq!(lex.first_name("Marta"), Some(Gender::Female));
    assert!(lex.head("company").is_some_and(|h| !h.person && h.any));
    assert!(lex.head("Minister").is_some_and(|h| h.person));
    assert!(lex.head("statement").is_some_and(|h| h.source));
    assert!(lex.is_role("treasurer"));
    assert!(!lex.is_role("table"));
}

#[test]
fn an_indefinite_s_name_modifier_is_no_participant() {
    let text = "He saw a Netflix documentary and an Acme Corp. ad. A Reuters report said so. Netflix said no.";
    let at = |w: &str| {
        let s = text.find(w).unwrap();
        Span::new(s, s + w.len())
    };
    assert!(premodifier(text, at("Netflix")));
    assert!(premodifier(text, at("Reuters")));
    let last = text.rfind("Netflix").unwrap();
    assert!(!premodifier(text, Span::new(last, last + 7)), "a subject");
    assert!(!premodifier(text, Span::new(0, 2)));
}

#[test]
fn a_name_shares_a_modifier_by_a_word_prefix() {
    assert!(name_shares("Dick Clark Productions", "production"));
    assert!(name_shares("Dick Clark Productions", "PRODUCTIONS"));
    assert!(!name_shares("Acme Corp", "production"));
    assert!(!name_shares("Dick Clark Productions", "pro"), "too short");
    // the same words when the name is not ASCII
    assert!(name_shares("Zürich Versicherungs-Gruppe", "versicherung"));
    assert!(!name_shares("Zürich Versicherungs-Gruppe", "production"));
}
