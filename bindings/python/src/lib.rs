//! Python bindings of byline (the extension module `byline._byline`; the
//! Python package `byline` re-exports it).
//!
//! A Python [`Document`] keeps the text (a Python `str`) and the byline
//! document with every span already converted to char offsets, once, when it
//! is made (`byline::Document::to_char_offsets`). Attribute access then only
//! reads those offsets and slices the `str`: quotes, entities and the rest
//! are small objects made on demand that point back to their document.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use byline::BuildErrorKind;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use rayon::prelude::*;

/// The JSON of a document with a field saying which offsets it holds.
#[derive(serde::Serialize)]
struct Export<'a> {
    /// Always `"chars"`: spans are Python `str` indices, not UTF-8 bytes.
    offsets: &'static str,
    #[serde(flatten)]
    doc: &'a byline::Document,
}

/// Annotates `text` and converts its spans to char offsets.
fn annotate_chars(annotator: &byline::Annotator, text: &str) -> byline::Document {
    let doc = annotator.annotate(text);
    if text.is_ascii() {
        // bytes are chars: nothing to convert
        doc
    } else {
        doc.to_char_offsets(text)
    }
}

/// Makes an annotator from the optional resources of `Annotator(...)`.
fn build_error(err: byline::BuildError) -> PyErr {
    match err.kind() {
        BuildErrorKind::Io => PyOSError::new_err(err.to_string()),
        _ => PyValueError::new_err(err.to_string()),
    }
}

/// Thread pools by size, for `annotate_many(threads=n)`: built once each.
static POOLS: Mutex<Option<HashMap<usize, Arc<rayon::ThreadPool>>>> = Mutex::new(None);

fn pool(threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    let mut pools = POOLS.lock().unwrap_or_else(|e| e.into_inner());
    let pools = pools.get_or_insert_with(HashMap::new);
    if let Some(p) = pools.get(&threads) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("byline-{i}"))
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start {threads} threads: {e}")))?;
    let p = Arc::new(p);
    pools.insert(threads, p.clone());
    Ok(p)
}

/// An annotator: the rules, word lists and gazetteers, built once and
/// reused for every text. `byline.annotate` uses a shared default one; make
/// your own to add gazetteers or speech verbs.
///
/// >>> a = Annotator(speech_verbs=["opined"])
/// >>> a.annotate("“Fine,” opined Jane Roe.").quotes[0].verb.text
/// 'opined'
#[pyclass(frozen, module = "byline")]
struct Annotator {
    inner: byline::Annotator,
}

#[pymethods]
impl Annotator {
    #[new]
    #[pyo3(signature = (*, gazetteers=Vec::new(), speech_verbs=Vec::new(), abbreviations=Vec::new(), body_only=false, embedded=true))]
    fn new(
        py: Python<'_>,
        gazetteers: Vec<std::path::PathBuf>,
        speech_verbs: Vec<String>,
        abbreviations: Vec<String>,
        body_only: bool,
        embedded: bool,
    ) -> PyResult<Annotator> {
        let plain = gazetteers.is_empty()
            && speech_verbs.is_empty()
            && abbreviations.is_empty()
            && !body_only
            && embedded;
        if plain {
            // shares the build of the default annotator
            return Ok(Annotator {
                inner: py.detach(byline::Annotator::new),
            });
        }
        let mut builder = byline::Annotator::builder();
        if !embedded {
            builder = builder.without_embedded();
        }
        for path in gazetteers {
            builder = builder.gazetteer_file(path);
        }
        let builder = builder
            .speech_verbs(speech_verbs)
            .abbreviations(abbreviations)
            .body_only(body_only);
        let inner = py.detach(|| builder.build()).map_err(build_error)?;
        Ok(Annotator { inner })
    }

    /// Annotates one text.
    fn annotate(&self, py: Python<'_>, text: Bound<'_, PyString>) -> PyResult<Document> {
        let owned: Py<PyString> = text.unbind();
        let doc = {
            let s = owned.to_str(py)?;
            py.detach(|| annotate_chars(&self.inner, s))
        };
        Ok(Document { text: owned, doc })
    }

    /// Annotates many texts in parallel, without the GIL; the documents come
    /// back in input order. `threads=None` uses every core (or
    /// `RAYON_NUM_THREADS`); `threads=1` annotates on the calling thread.
    #[pyo3(signature = (texts, threads=None))]
    fn annotate_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Document>> {
        let mut owned: Vec<Py<PyString>> = Vec::new();
        for item in texts.try_iter()? {
            let item = item?;
            let s = item.cast_into::<PyString>().map_err(|e| {
                pyo3::exceptions::PyTypeError::new_err(format!(
                    "annotate_many wants str items, got {}",
                    e.into_inner()
                        .get_type()
                        .name()
                        .map(|n| n.to_string())
                        .unwrap_or_default()
                ))
            })?;
            owned.push(s.unbind());
        }
        let strs: Vec<&str> = owned
            .iter()
            .map(|s| s.to_str(py))
            .collect::<PyResult<_>>()?;
        let annotator = &self.inner;
        let docs: Vec<byline::Document> = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(1) => py.detach(|| strs.iter().map(|t| annotate_chars(annotator, t)).collect()),
            Some(n) => {
                let pool = pool(n)?;
                py.detach(|| {
                    pool.install(|| {
                        strs.par_iter()
                            .map(|t| annotate_chars(annotator, t))
                            .collect()
                    })
                })
            }
            None => py.detach(|| {
                strs.par_iter()
                    .map(|t| annotate_chars(annotator, t))
                    .collect()
            }),
        };
        Ok(owned
            .into_iter()
            .zip(docs)
            .map(|(text, doc)| Document { text, doc })
            .collect())
    }

    fn __repr__(&self) -> String {
        format!("<byline.Annotator {:?}>", self.inner)
    }
}

/// The text of `doc` from char `start` to `end`.
fn slice<'py>(
    py: Python<'py>,
    text: &Py<PyString>,
    start: usize,
    end: usize,
) -> PyResult<Bound<'py, PyString>> {
    // SAFETY: PyUnicode_Substring returns a new reference or NULL with an
    // exception set; the offsets come from the document made from this text.
    unsafe {
        let ptr = pyo3::ffi::PyUnicode_Substring(
            text.as_ptr(),
            start as pyo3::ffi::Py_ssize_t,
            end as pyo3::ffi::Py_ssize_t,
        );
        Ok(Bound::from_owned_ptr_or_err(py, ptr)?.cast_into_unchecked())
    }
}

/// The result of annotating a text: its sentences, paragraphs, entities and
/// their mentions and references, and quotes. Every span is in Python str
/// indices of `text`: `doc.text[q.start:q.end] == q.text`.
#[pyclass(frozen, module = "byline")]
struct Document {
    text: Py<PyString>,
    doc: byline::Document,
}

#[pymethods]
impl Document {
    /// The annotated text.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The sentences, in order.
    #[getter]
    fn sentences(slf: &Bound<'_, Self>) -> Vec<Sentence> {
        let n = slf.get().doc.sentences.len();
        (0..n)
            .map(|index| Sentence {
                doc: slf.clone().unbind(),
                index,
            })
            .collect()
    }

    /// The paragraphs, in order, each with its kind (`"body"` or a kind of
    /// boilerplate such as `"navigation"`, `"share"`, `"caption"`).
    #[getter]
    fn paragraphs(slf: &Bound<'_, Self>) -> Vec<Paragraph> {
        let n = slf.get().doc.paragraphs.len();
        (0..n)
            .map(|index| Paragraph {
                doc: slf.clone().unbind(),
                index,
            })
            .collect()
    }

    /// The name mentions, in text order; each belongs to an entity.
    #[getter]
    fn mentions(slf: &Bound<'_, Self>) -> Vec<Mention> {
        let n = slf.get().doc.mentions.len();
        (0..n)
            .map(|index| Mention {
                doc: slf.clone().unbind(),
                index,
            })
            .collect()
    }

    /// The resolved entities, in order of first mention.
    #[getter]
    fn entities(slf: &Bound<'_, Self>) -> Vec<Entity> {
        let n = slf.get().doc.entities.len();
        (0..n)
            .map(|index| Entity {
                doc: slf.clone().unbind(),
                index,
            })
            .collect()
    }

    /// The pronouns and descriptions that refer to an entity, in text order.
    #[getter]
    fn references(slf: &Bound<'_, Self>) -> Vec<Reference> {
        let n = slf.get().doc.references.len();
        (0..n)
            .map(|index| Reference {
                doc: slf.clone().unbind(),
                index,
            })
            .collect()
    }

    /// The quotes, in text order.
    #[getter]
    fn quotes(slf: &Bound<'_, Self>) -> Vec<Quote> {
        let n = slf.get().doc.quotes.len();
        (0..n)
            .map(|index| Quote {
                doc: slf.clone().unbind(),
                index,
            })
            .collect()
    }

    /// The first entity whose name is `name`, or None.
    fn entity_named(slf: &Bound<'_, Self>, name: &str) -> Option<Entity> {
        let doc = &slf.get().doc;
        doc.entities
            .iter()
            .position(|e| e.name == name)
            .map(|index| Entity {
                doc: slf.clone().unbind(),
                index,
            })
    }

    /// The document as JSON: the Rust crate's field names, with char offsets
    /// (the field `"offsets": "chars"` says so).
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        let export = Export {
            offsets: "chars",
            doc: &self.doc,
        };
        py.detach(|| serde_json::to_string(&export))
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// The document as a dict: `json.loads(self.to_json())`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = self.to_json(py)?;
        py.import("json")?.call_method1("loads", (json,))
    }

    fn __repr__(&self) -> String {
        let d = &self.doc;
        format!(
            "<byline.Document: {} paragraphs, {} sentences, {} entities, {} quotes>",
            d.paragraphs.len(),
            d.sentences.len(),
            d.entities.len(),
            d.quotes.len()
        )
    }
}

/// A span of a document's text, such as a quote's speaker or verb.
#[pyclass(frozen, module = "byline", get_all)]
struct Span {
    /// Char offset of the first char.
    start: usize,
    /// Char offset one past the last char.
    end: usize,
    /// The text of the span.
    text: Py<PyString>,
}

#[pymethods]
impl Span {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "<byline.Span {}..{} {:?}>",
            self.start,
            self.end,
            self.text.bind(py).to_string()
        )
    }
}

fn span(py: Python<'_>, doc: &Document, s: byline::Span) -> PyResult<Span> {
    Ok(Span {
        start: s.start,
        end: s.end,
        text: slice(py, &doc.text, s.start, s.end)?.unbind(),
    })
}

/// The index of the sentence holding char `at`, by binary search.
fn sentence_at(doc: &byline::Document, at: usize) -> Option<usize> {
    let i = doc.sentences.partition_point(|s| s.end <= at);
    (i < doc.sentences.len() && doc.sentences[i].start <= at).then_some(i)
}

/// Shared getters of the items: the char span and its text.
macro_rules! spanned {
    ($ty:ident, |$d:ident, $i:ident| $span:expr, { $($extra:tt)* }) => {
        #[pymethods]
        impl $ty {
            $($extra)*
            /// Char offset of the first char.
            #[getter]
            fn start(&self, py: Python<'_>) -> usize {
                let $d = &self.doc.bind(py).get().doc;
                let $i = self.index;
                $span.start
            }
            /// Char offset one past the last char.
            #[getter]
            fn end(&self, py: Python<'_>) -> usize {
                let $d = &self.doc.bind(py).get().doc;
                let $i = self.index;
                $span.end
            }
            /// The text: `doc.text[self.start:self.end]`.
            #[getter]
            fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
                let owner = self.doc.bind(py).get();
                let $d = &owner.doc;
                let $i = self.index;
                let s: byline::Span = $span;
                slice(py, &owner.text, s.start, s.end)
            }
            /// The position of this item in its document's list.
            #[getter]
            fn index(&self) -> usize {
                self.index
            }
            /// The document this item belongs to.
            #[getter]
            fn document(&self, py: Python<'_>) -> Py<Document> {
                self.doc.clone_ref(py)
            }
            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                let text = self.text(py)?.to_string();
                let shown: String = text.chars().take(60).collect();
                let more = if shown.len() < text.len() { "…" } else { "" };
                Ok(format!(
                    "<byline.{} {}..{} {:?}{}>",
                    stringify!($ty),
                    self.start(py),
                    self.end(py),
                    shown,
                    more
                ))
            }
        }
    };
}

/// A sentence.
#[pyclass(frozen, module = "byline")]
struct Sentence {
    doc: Py<Document>,
    index: usize,
}
spanned!(Sentence, |d, i| d.sentences[i], {});

/// A paragraph, with its kind: `"body"` for article text, otherwise the kind
/// of boilerplate (`"navigation"`, `"share"`, `"advertisement"`, `"caption"`,
/// `"byline"`, `"bio"`, `"related"`, `"legal"`, `"comments"`, `"boilerplate"`).
#[pyclass(frozen, module = "byline")]
struct Paragraph {
    doc: Py<Document>,
    index: usize,
}

spanned!(Paragraph, |d, i| d.paragraphs[i].span, {
    /// `"body"` or the kind of boilerplate.
    #[getter]
    fn kind(&self, py: Python<'_>) -> &'static str {
        self.doc.bind(py).get().doc.paragraphs[self.index]
            .kind
            .as_str()
    }
    /// Whether the paragraph is article body (not boilerplate).
    #[getter]
    fn is_body(&self, py: Python<'_>) -> bool {
        self.doc.bind(py).get().doc.paragraphs[self.index].is_body()
    }
});

/// A name mention of an entity.
#[pyclass(frozen, module = "byline")]
struct Mention {
    doc: Py<Document>,
    index: usize,
}

spanned!(Mention, |d, i| d.mentions[i].span, {
    /// `"person"`, `"organization"`, `"place"` or `"group"`.
    #[getter]
    fn kind(&self, py: Python<'_>) -> &'static str {
        self.doc.bind(py).get().doc.mentions[self.index]
            .kind
            .as_str()
    }
    /// The entity this mention names.
    #[getter]
    fn entity(&self, py: Python<'_>) -> Entity {
        let index = self.doc.bind(py).get().doc.mentions[self.index]
            .entity
            .index();
        Entity {
            doc: self.doc.clone_ref(py),
            index,
        }
    }
    /// The sentence holding the mention.
    #[getter]
    fn sentence(&self, py: Python<'_>) -> Option<Sentence> {
        let d = &self.doc.bind(py).get().doc;
        sentence_at(d, d.mentions[self.index].span.start).map(|index| Sentence {
            doc: self.doc.clone_ref(py),
            index,
        })
    }
});

/// A pronoun or description that refers to an entity ("she", "the minister").
#[pyclass(frozen, module = "byline")]
struct Reference {
    doc: Py<Document>,
    index: usize,
}

spanned!(Reference, |d, i| d.references[i].span, {
    /// `"pronoun"` or `"description"`.
    #[getter]
    fn form(&self, py: Python<'_>) -> &'static str {
        match self.doc.bind(py).get().doc.references[self.index].form {
            byline::ReferenceForm::Pronoun => "pronoun",
            _ => "description",
        }
    }
    /// The entity referred to.
    #[getter]
    fn entity(&self, py: Python<'_>) -> Entity {
        let index = self.doc.bind(py).get().doc.references[self.index]
            .entity
            .index();
        Entity {
            doc: self.doc.clone_ref(py),
            index,
        }
    }
});

/// A quote: its content span (`start`, `end`, `text`), who said it and the
/// speech verb.
#[pyclass(frozen, module = "byline")]
struct Quote {
    doc: Py<Document>,
    index: usize,
}

impl Quote {
    fn get<'a>(&self, doc: &'a Bound<'_, Document>) -> &'a byline::Quote {
        &doc.get().doc.quotes[self.index]
    }
}

spanned!(Quote, |d, i| d.quotes[i].content, {
    /// `"direct"` (a whole sentence or more) or `"partial"` (a phrase).
    #[getter]
    fn kind(&self, py: Python<'_>) -> &'static str {
        self.get(self.doc.bind(py)).kind.as_str()
    }
    /// Whether the quote continues the previous one's attribution
    /// (a second quoted paragraph, a quote after "he added").
    #[getter]
    fn follow_on(&self, py: Python<'_>) -> bool {
        self.get(self.doc.bind(py)).follow_on
    }
    /// Where the speaker is named or referred to next to the quote, or None.
    #[getter]
    fn speaker(&self, py: Python<'_>) -> PyResult<Option<Span>> {
        let doc = self.doc.bind(py);
        self.get(doc)
            .speaker
            .map(|s| span(py, doc.get(), s))
            .transpose()
    }
    /// The speaker's name (the resolved entity's name when there is one),
    /// or None.
    #[getter]
    fn speaker_name(&self, py: Python<'_>) -> Option<String> {
        self.get(self.doc.bind(py)).speaker_name.clone()
    }
    /// The speaker as a resolved entity, or None.
    #[getter]
    fn speaker_entity(&self, py: Python<'_>) -> Option<Entity> {
        self.get(self.doc.bind(py)).speaker_entity.map(|id| Entity {
            doc: self.doc.clone_ref(py),
            index: id.index(),
        })
    }
    /// The speech verb ("said", "told"), or None.
    #[getter]
    fn verb(&self, py: Python<'_>) -> PyResult<Option<Span>> {
        let doc = self.doc.bind(py);
        self.get(doc)
            .verb
            .map(|s| span(py, doc.get(), s))
            .transpose()
    }
    /// The sentence where the quote starts.
    #[getter]
    fn sentence(&self, py: Python<'_>) -> Option<Sentence> {
        let d = &self.doc.bind(py).get().doc;
        sentence_at(d, d.quotes[self.index].content.start).map(|index| Sentence {
            doc: self.doc.clone_ref(py),
            index,
        })
    }
});

/// A resolved entity: a person, organization, place or group, with every
/// mention that names it.
#[pyclass(frozen, module = "byline")]
struct Entity {
    doc: Py<Document>,
    index: usize,
}

#[pymethods]
impl Entity {
    /// The entity's id: its index in `Document.entities`.
    #[getter]
    fn id(&self) -> usize {
        self.index
    }
    /// The canonical name (the longest or gazetteer form).
    #[getter]
    fn name(&self, py: Python<'_>) -> String {
        self.doc.bind(py).get().doc.entities[self.index]
            .name
            .clone()
    }
    /// `"person"`, `"organization"`, `"place"` or `"group"`.
    #[getter]
    fn kind(&self, py: Python<'_>) -> &'static str {
        self.doc.bind(py).get().doc.entities[self.index]
            .kind
            .as_str()
    }
    /// The mentions naming this entity, in text order.
    #[getter]
    fn mentions(&self, py: Python<'_>) -> Vec<Mention> {
        let e = &self.doc.bind(py).get().doc.entities[self.index];
        e.mentions
            .iter()
            .map(|m| Mention {
                doc: self.doc.clone_ref(py),
                index: m.index(),
            })
            .collect()
    }
    /// The pronouns and descriptions referring to this entity.
    #[getter]
    fn references(&self, py: Python<'_>) -> Vec<Reference> {
        let e = &self.doc.bind(py).get().doc.entities[self.index];
        e.references
            .iter()
            .map(|&r| Reference {
                doc: self.doc.clone_ref(py),
                index: r.index(),
            })
            .collect()
    }
    /// The quotes this entity is the speaker of, in text order.
    #[getter]
    fn quotes(&self, py: Python<'_>) -> Vec<Quote> {
        let d = &self.doc.bind(py).get().doc;
        d.quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.speaker_entity.map(|e| e.index()) == Some(self.index))
            .map(|(index, _)| Quote {
                doc: self.doc.clone_ref(py),
                index,
            })
            .collect()
    }
    /// The document this entity belongs to.
    #[getter]
    fn document(&self, py: Python<'_>) -> Py<Document> {
        self.doc.clone_ref(py)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Entity>()
            .map(|o| {
                let o = o.get();
                o.index == self.index && o.doc.is(&self.doc)
            })
            .unwrap_or(false)
    }
    fn __hash__(&self) -> isize {
        (self.doc.as_ptr() as isize)
            .wrapping_mul(31)
            .wrapping_add(self.index as isize)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "<byline.Entity {} {:?} ({})>",
            self.index,
            self.name(py),
            self.kind(py)
        )
    }
}

/// A list of the quotes of many documents as flat columns, for dataframes
/// and Arrow: one entry per quote. Returned by `quote_table`.
fn quote_rows<'py>(
    py: Python<'py>,
    docs: &[Py<Document>],
) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
    let dict = pyo3::types::PyDict::new(py);
    let mut doc_index = Vec::new();
    let mut start = Vec::new();
    let mut end = Vec::new();
    let mut content = Vec::new();
    let mut speaker_name: Vec<Option<String>> = Vec::new();
    let mut speaker_kind: Vec<Option<&'static str>> = Vec::new();
    let mut verb: Vec<Option<Bound<'py, PyString>>> = Vec::new();
    let mut kind = Vec::new();
    let mut follow_on = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let d = d.bind(py).get();
        for q in &d.doc.quotes {
            doc_index.push(i);
            start.push(q.content.start);
            end.push(q.content.end);
            content.push(slice(py, &d.text, q.content.start, q.content.end)?);
            speaker_name.push(q.speaker_name.clone());
            speaker_kind.push(
                q.speaker_entity
                    .map(|e| d.doc.entities[e.index()].kind.as_str()),
            );
            verb.push(
                q.verb
                    .map(|v| slice(py, &d.text, v.start, v.end))
                    .transpose()?,
            );
            kind.push(q.kind.as_str());
            follow_on.push(q.follow_on);
        }
    }
    dict.set_item("doc", doc_index)?;
    dict.set_item("speaker_name", speaker_name)?;
    dict.set_item("speaker_kind", speaker_kind)?;
    dict.set_item("verb", verb)?;
    dict.set_item("content", content)?;
    dict.set_item("kind", kind)?;
    dict.set_item("follow_on", follow_on)?;
    dict.set_item("start", start)?;
    dict.set_item("end", end)?;
    Ok(dict)
}

/// The quotes of `docs` as columns (a dict of equal-length lists): `doc`
/// (the index of the document in `docs`), `speaker_name`, `speaker_kind`,
/// `verb`, `content`, `kind`, `follow_on`, `start`, `end` (char offsets).
/// Made in one pass in Rust, for `pyarrow.table(...)` or `pandas.DataFrame`.
#[pyfunction]
fn quote_table<'py>(
    py: Python<'py>,
    docs: Vec<Py<Document>>,
) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
    quote_rows(py, &docs)
}

/// The entities of `docs` as columns: `doc`, `name`, `kind`, `mentions`
/// (how many mentions name it), `quotes` (how many quotes it is the speaker
/// of).
#[pyfunction]
fn entity_table<'py>(
    py: Python<'py>,
    docs: Vec<Py<Document>>,
) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
    let dict = pyo3::types::PyDict::new(py);
    let mut doc_index = Vec::new();
    let mut name = Vec::new();
    let mut kind = Vec::new();
    let mut mentions = Vec::new();
    let mut quotes = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let d = &d.bind(py).get().doc;
        let mut said = vec![0usize; d.entities.len()];
        for q in &d.quotes {
            if let Some(e) = q.speaker_entity {
                said[e.index()] += 1;
            }
        }
        for (e, n) in d.entities.iter().zip(said) {
            doc_index.push(i);
            name.push(e.name.as_str());
            kind.push(e.kind.as_str());
            mentions.push(e.mentions.len());
            quotes.push(n);
        }
    }
    dict.set_item("doc", doc_index)?;
    dict.set_item("name", name)?;
    dict.set_item("kind", kind)?;
    dict.set_item("mentions", mentions)?;
    dict.set_item("quotes", quotes)?;
    Ok(dict)
}

/// One row per document of `docs` as columns: `chars` (the text's length
/// in chars), `sentences`, `paragraphs`, `body_paragraphs`, `quotes`,
/// `entities` (counts). With the `doc` column of `quote_table` and
/// `entity_table` (rows grouped by document, in order), `quotes` and
/// `entities` are the lengths of each document's group: the offsets of list
/// columns without a pass over the rows.
#[pyfunction]
fn document_table<'py>(
    py: Python<'py>,
    docs: Vec<Py<Document>>,
) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
    let dict = pyo3::types::PyDict::new(py);
    let n = docs.len();
    let mut chars = Vec::with_capacity(n);
    let mut sentences = Vec::with_capacity(n);
    let mut paragraphs = Vec::with_capacity(n);
    let mut body = Vec::with_capacity(n);
    let mut quotes = Vec::with_capacity(n);
    let mut entities = Vec::with_capacity(n);
    for d in &docs {
        let d = d.bind(py).get();
        chars.push(d.text.bind(py).len()?);
        sentences.push(d.doc.sentences.len());
        paragraphs.push(d.doc.paragraphs.len());
        body.push(d.doc.paragraphs.iter().filter(|p| p.is_body()).count());
        quotes.push(d.doc.quotes.len());
        entities.push(d.doc.entities.len());
    }
    dict.set_item("chars", chars)?;
    dict.set_item("sentences", sentences)?;
    dict.set_item("paragraphs", paragraphs)?;
    dict.set_item("body_paragraphs", body)?;
    dict.set_item("quotes", quotes)?;
    dict.set_item("entities", entities)?;
    Ok(dict)
}

/// The module `byline._byline`.
#[pymodule]
fn _byline(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Annotator>()?;
    m.add_class::<Document>()?;
    m.add_class::<Span>()?;
    m.add_class::<Sentence>()?;
    m.add_class::<Paragraph>()?;
    m.add_class::<Mention>()?;
    m.add_class::<Reference>()?;
    m.add_class::<Quote>()?;
    m.add_class::<Entity>()?;
    m.add_function(wrap_pyfunction!(quote_table, m)?)?;
    m.add_function(wrap_pyfunction!(entity_table, m)?)?;
    m.add_function(wrap_pyfunction!(document_table, m)?)?;
    Ok(())
}
