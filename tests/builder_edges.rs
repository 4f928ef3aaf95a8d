//! Nothing lost at the edges of the builder: a gazetteer file with a
//! byte-order mark keeps its first entry, a file that is not UTF-8 is
//! reported with its line, and a name holding a line break is rejected
//! (a mention never runs across a line break).

use byline::{Annotator, EntityKind, GazetteerEntry};

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("byline-builder-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn kind_of(annotator: &Annotator, text: &str, name: &str) -> Option<EntityKind> {
    let doc = annotator.annotate(text);
    doc.mentions
        .iter()
        .find(|m| &text[m.span] == name)
        .map(|m| m.kind)
}

#[test]
fn a_tsv_starting_with_a_bom_keeps_its_first_entry() {
    let tsv = "\u{FEFF}Zorblax Widgets\torganization\t\t\nQuuxo Partners\torganization\t\t\n";
    let path = temp_file("bom.tsv", tsv.as_bytes());
    let annotator = Annotator::builder().gazetteer_file(&path).build().unwrap();
    let text = "Shares of Zorblax Widgets rose. Quuxo Partners fell.";
    assert_eq!(
        kind_of(&annotator, text, "Zorblax Widgets"),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        kind_of(&annotator, text, "Quuxo Partners"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_tsv_that_is_not_utf8_names_the_line() {
    let path = temp_file(
        "latin1.tsv",
        b"Good Name\torganization\t\t\nCaf\xe9 Noir\torganization\t\t\n",
    );
    let err = Annotator::builder()
        .gazetteer_file(&path)
        .build()
        .unwrap_err();
    assert_eq!(err.line_number(), Some(2), "{err}");
    assert_eq!(err.path(), Some(path.as_path()));
    assert!(err.to_string().contains("not UTF-8"), "{err}");
    assert!(err.to_string().contains("byte 4 of the line"), "{err}");
}

#[test]
fn a_name_holding_a_line_break_is_rejected() {
    for brk in [
        "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
    ] {
        let name = format!("Acme{brk}Widgets");
        let err = Annotator::builder()
            .gazetteer_entries([GazetteerEntry::new(name.clone(), EntityKind::Organization)])
            .build()
            .unwrap_err();
        assert!(err.to_string().contains(&format!("{name:?}")), "{err}");
        assert!(err.to_string().contains("line break"), "{err}");
        let alias = GazetteerEntry::new("Acme Widgets", EntityKind::Organization).alias(&name);
        let err = Annotator::builder()
            .gazetteer_entries([alias])
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("alias"), "{err}");
    }
    // In a TSV only a break inside a line can get through: a lone CR.
    let path = temp_file(
        "cr.tsv",
        b"Good Name\torganization\t\t\nAcme\rWidgets\torganization\t\t\n",
    );
    let err = Annotator::builder()
        .gazetteer_file(&path)
        .build()
        .unwrap_err();
    assert_eq!(err.line_number(), Some(2), "{err}");
    // The same name without the break builds, and its mention stays on a line.
    let annotator = Annotator::builder()
        .gazetteer_entries([GazetteerEntry::new(
            "Acme Widgets",
            EntityKind::Organization,
        )])
        .build()
        .unwrap();
    let text = "Shares of Acme\rWidgets rose. Acme Widgets said so.";
    let doc = annotator.annotate(text);
    for m in &doc.mentions {
        assert!(!text[m.span].contains(['\r', '\n']), "{:?}", &text[m.span]);
    }
    assert_eq!(
        kind_of(&annotator, text, "Acme Widgets"),
        Some(EntityKind::Organization)
    );
}
