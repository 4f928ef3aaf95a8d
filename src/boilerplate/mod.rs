//! Boilerplate: which paragraphs are the article and which are the page
//! around it (menus, share bars, ad markers, captions, bylines, author
//! bios, "Related" links, legal notices, comment prompts), decided from the
//! plain text alone.
//!
//! One pass over the paragraphs measures each ([`features`]) and looks up
//! the phrases of page furniture in one automaton pass over the text
//! ([`phrases`]); [`decide`] then scores every paragraph as prose or
//! furniture, takes the run of paragraphs with the highest total score as
//! the article (short lines inside it are its subheadings and list items,
//! runs of short lines around it its menus), and names the kind of each
//! paragraph outside it or flagged inside it.

mod decide;
mod features;
mod phrases;

use crate::{Document, Paragraph, Span};
use features::{FunctionWords, Line};
use phrases::Phrases;

/// The boilerplate rules and their word lists. Built once per annotator.
#[derive(Clone, Debug, Default)]
pub(crate) struct Boilerplate {
    phrases: Phrases,
    function_words: FunctionWords,
}

impl Boilerplate {
    /// The rules with their phrase and function-word lists. Those are part
    /// of the rules, like `data/entity_words.txt`, and small (11 kB): they
    /// are embedded whatever the `embedded` feature says, which governs the
    /// gazetteers.
    pub(crate) fn new() -> Boilerplate {
        let (phrases, words) = (phrases::EMBEDDED, features::EMBEDDED);
        Boilerplate {
            phrases: Phrases::parse(phrases),
            function_words: FunctionWords::parse(words),
        }
    }

    /// Sets the kind of every paragraph of `text` (`paragraphs` in text
    /// order, as the segmenter made them). One pass measures each paragraph
    /// and looks up its phrases into one buffer, which the decision reads.
    pub(crate) fn classify(&self, text: &str, paragraphs: &mut [Paragraph]) {
        if paragraphs.is_empty() {
            return;
        }
        let mut rows = Vec::with_capacity(paragraphs.len());
        let mut prev_end = 0;
        for (i, p) in paragraphs.iter().enumerate() {
            let s = &text[p.span];
            let line = Line::measure(s);
            let hits = self.phrases.find(s, line.len);
            let blank_before =
                i == 0 || decide::breaks(&text.as_bytes()[prev_end..p.span.start]) >= 2;
            prev_end = p.span.end;
            rows.push(decide::Row::new(s, line, hits, blank_before));
        }
        decide::kinds(&mut rows, paragraphs, &self.function_words);
    }
}

/// Drops the mentions, references and quotes standing in boilerplate
/// paragraphs, and the entities left without a mention (ids renumbered in order, so each
/// `Entity::id` is still its index). A kept quote whose speaker entity was
/// dropped keeps its `speaker` words and `speaker_name` but loses its
/// `speaker_entity`.
pub(crate) fn keep_body_only(doc: &mut Document) {
    // taken out while the closure reads them and the document changes
    let paragraphs = std::mem::take(&mut doc.paragraphs);
    let in_body = |span: Span| -> bool {
        let i = paragraphs.partition_point(|p| p.span.end < span.end);
        paragraphs
            .get(i)
            .is_some_and(|p| p.is_body() && p.span.start <= span.start)
    };
    let entity_ids = doc.retain_mentions(|m| in_body(m.span));
    // References go with their paragraph and their entity, and each kept
    // entity lists its kept references again.
    for e in &mut doc.entities {
        e.references.clear();
    }
    let references = std::mem::take(&mut doc.references);
    for mut r in references {
        let Some(id) = entity_ids.get(r.entity.index()).copied().flatten() else {
            continue;
        };
        if in_body(r.span) {
            r.entity = id;
            doc.entities[id]
                .references
                .push(crate::ReferenceId::new(doc.references.len()));
            doc.references.push(r);
        }
    }
    let quotes = std::mem::take(&mut doc.quotes);
    doc.quotes = quotes
        .into_iter()
        .filter(|q| in_body(q.content))
        .map(|mut q| {
            q.speaker_entity = q.speaker_entity.and_then(|e| entity_ids[e.index()]);
            q
        })
        .collect();
    doc.paragraphs = paragraphs;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ParagraphKind, Span};

    /// The kind of every non-blank line of `text`, as the segmenter
    /// makes paragraphs (one a line).
    fn classify(text: &str) -> Vec<(&str, ParagraphKind)> {
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            if !line.is_empty() {
                paragraphs.push(Paragraph {
                    span: Span::new(start, start + line.len()),
                    kind: ParagraphKind::Body,
                });
            }
            start += line.len() + 1;
        }
        Boilerplate::new().classify(text, &mut paragraphs);
        paragraphs.iter().map(|p| (&text[p.span], p.kind)).collect()
    }

    fn kind(kinds: &[(&str, ParagraphKind)], line: &str) -> ParagraphKind {
        kinds
            .iter()
            .find(|(l, _)| *l == line)
            .unwrap_or_else(|| panic!("no line {line:?}"))
            .1
    }

    const PROSE: [&str; 3] = [
        "The council voted on Tuesday to build the new terminal on the east quay, which ends a dispute that has divided the town for almost a decade.",
        "Work on the quay is to start in the spring, and the first ferries are expected to use the terminal before the end of next year.",
        "The cost will be shared by the council and the regional transport fund, and a public exhibition of the plans opens at the library next week.",
    ];

    fn page(before: &str, after: &str) -> String {
        format!(
            "Home\nNews\nSport\n\n{before}\n\n{}\n\n{}\n\n{}\n\n{after}\n\nShare on Facebook\nPrivacy policy",
            PROSE[0], PROSE[1], PROSE[2]
        )
    }

    #[test]
    fn a_heading_that_rewords_the_title_is_the_headline() {
        let text = format!(
            "Ferry terminal approved after long row | The Millbrook Gazette\n{}",
            page(
                "Council approves the ferry terminal after a long row\n\nBy Petra Lindqvist",
                ""
            )
        );
        let kinds = classify(&text);
        let headline = "Council approves the ferry terminal after a long row";
        assert_eq!(kind(&kinds, headline), ParagraphKind::Body);
        assert_eq!(kind(&kinds, "By Petra Lindqvist"), ParagraphKind::Byline);
        assert_ne!(kinds[0].1, ParagraphKind::Body, "the title line");
    }

    #[test]
    fn by_and_a_lowercase_word_open_a_sentence() {
        let sentence = "By taking the early ferry, commuters save twenty minutes each morning.";
        let text = format!(
            "Home\nNews\n\nBy Petra Lindqvist\n\n{}\n\n{sentence}\n\n{}\n\n{}\n\nShare on Facebook",
            PROSE[0], PROSE[1], PROSE[2]
        );
        let kinds = classify(&text);
        assert_eq!(kind(&kinds, sentence), ParagraphKind::Body);
        assert_eq!(kind(&kinds, "By Petra Lindqvist"), ParagraphKind::Byline);
    }

    #[test]
    fn a_paragraph_opening_with_its_subheading_is_no_caption() {
        let heading = "Fares for the new ferries";
        let paragraph = "Fares for the new ferries will rise by a tenth next year, the operator said, because fuel and staff cost more than they did when the old boats were bought.";
        let text = page(
            PROSE[2],
            &format!("{heading}\n\n{paragraph}\n\n{}", PROSE[0]),
        );
        let kinds = classify(&text);
        assert_eq!(kind(&kinds, heading), ParagraphKind::Body);
        assert_eq!(kind(&kinds, paragraph), ParagraphKind::Body);
        // A caption printed again with its credit is still a caption.
        let caption = "Passengers wait on the east quay in the rain";
        let credited = "Passengers wait on the east quay in the rain (Photo: Gazette staff)";
        let text = page(PROSE[1], &format!("{caption}\n{credited}\n\n{}", PROSE[0]));
        let kinds = classify(&text);
        assert_eq!(kind(&kinds, caption), ParagraphKind::Caption);
        assert_eq!(kind(&kinds, credited), ParagraphKind::Caption);
    }

    #[test]
    fn the_copy_of_a_pull_quote_inside_the_article_is_the_article() {
        let quote = "Nobody has to lose their view of the water, the mayor told the meeting.";
        let text = format!(
            "Home\nNews\n\nHighlights\n{quote}\nThe vote ends a long dispute\n\n{}\n\n{}\n\n{quote}\n\n{}\n\n{}\n\nShare on Facebook",
            PROSE[0], PROSE[1], PROSE[2], PROSE[0].replace("Tuesday", "Monday")
        );
        let kinds = classify(&text);
        let copies: Vec<ParagraphKind> = kinds
            .iter()
            .filter(|(l, _)| *l == quote)
            .map(|k| k.1)
            .collect();
        assert_eq!(copies.len(), 2);
        assert_ne!(copies[0], ParagraphKind::Body, "the box's copy");
        assert_eq!(copies[1], ParagraphKind::Body, "the copy in reading order");
    }

    #[test]
    fn the_signature_of_an_embedded_post_is_the_story() {
        let post = "The ferry is late again and nobody has told us why.";
        let signature = "— Jane Roe (@janeroe) May 4, 2024";
        let text = page(PROSE[0], &format!("{post}\n\n{signature}"));
        let kinds = classify(&text);
        assert_eq!(kind(&kinds, post), ParagraphKind::Body);
        assert_eq!(kind(&kinds, signature), ParagraphKind::Body);
    }

    #[test]
    fn a_plan_closing_the_article_is_the_article() {
        // A training plan by week: headings, short instructions with
        // amounts, the same session again in a later week.
        let mut plan = String::new();
        for week in 1..=3 {
            plan.push_str(&format!(
                "Week {week}\n\nMonday\n\nRun 3 km at an easy pace\n\nWednesday\n\n\
                 Swim for 20 minutes and stretch after it\n\nSaturday\n\n\
                 Long walk of 90 minutes along the quay, with a 10 minute rest at the ferry terminal and water on the way\n\n"
            ));
        }
        let text = format!(
            "Home\nNews\nSport\n\n{}\n\n{}\n\n{}\n\n{plan}Related Articles\n\nWhy the ferry is late again\n\nShare on Facebook\nPrivacy policy",
            PROSE[0], PROSE[1], PROSE[2]
        );
        let kinds = classify(&text);
        let session = "Long walk of 90 minutes along the quay, with a 10 minute rest at the ferry terminal and water on the way";
        let copies = kinds.iter().filter(|(l, _)| *l == session);
        assert_eq!(copies.clone().count(), 3);
        assert!(copies.clone().all(|k| k.1 == ParagraphKind::Body));
        for line in ["Week 1", "Monday", "Run 3 km at an easy pace", "Week 3"] {
            assert_eq!(kind(&kinds, line), ParagraphKind::Body, "{line}");
        }
        assert_ne!(kind(&kinds, "Related Articles"), ParagraphKind::Body);
        assert_ne!(
            kind(&kinds, "Why the ferry is late again"),
            ParagraphKind::Body
        );
        // The same lines without amounts are no plan: a list of links.
        let links = "Monday\n\nWednesday\n\nSaturday\n\nSunday\n\nTravel\n\nWeather\n\nOpinion\n\nSport\n\nArts\n\n";
        let text = format!(
            "Home\n\n{}\n\n{}\n\n{}\n\n{links}Share on Facebook",
            PROSE[0], PROSE[1], PROSE[2]
        );
        let kinds = classify(&text);
        assert_ne!(kind(&kinds, "Wednesday"), ParagraphKind::Body);
    }

    #[test]
    fn a_notice_deep_in_a_long_line_is_found() {
        let notice = "By registering for our newsletters you become a member of the Millbrook Gazette family of sites, and you confirm that you have read and agree to the Terms of Use and the rules for the comments, and that we may send you updates, alerts and offers from our partners from time to time.";
        assert!(notice.len() > 250 && notice.find("Terms of Use").unwrap() > 120);
        let text = page("Ferry terminal approved", notice);
        let kinds = classify(&text);
        assert_eq!(kind(&kinds, notice), ParagraphKind::Legal);
        for p in PROSE {
            assert_eq!(kind(&kinds, p), ParagraphKind::Body, "{p}");
        }
    }
}
