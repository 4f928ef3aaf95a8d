//! [`BuildError`]: the only error in the crate. Annotating never fails; only
//! building an [`Annotator`](crate::Annotator) from custom resources can.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Why [`AnnotatorBuilder::build`](crate::AnnotatorBuilder::build) failed.
///
/// The message names the file and line at fault where there is one;
/// [`BuildError::kind`] says what sort of failure it is, and a read failure
/// keeps its [`std::io::Error`] as its [`source`](std::error::Error::source).
///
/// ```
/// use std::error::Error;
/// use byline::{Annotator, BuildErrorKind};
///
/// let err = Annotator::builder()
///     .gazetteer_file("/no/such/dir/names.tsv")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.kind(), BuildErrorKind::Io);
/// assert!(err.to_string().starts_with("cannot read /no/such/dir/names.tsv: "));
/// let io = err.source().unwrap().downcast_ref::<std::io::Error>().unwrap();
/// assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
///
/// let err = Annotator::builder().speech_verbs([""]).build().unwrap_err();
/// assert_eq!(err.kind(), BuildErrorKind::InvalidEntry);
/// ```
#[derive(Clone, Debug)]
pub struct BuildError {
    kind: ErrorKind,
}

/// What sort of failure a [`BuildError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// A resource file or reader could not be read; the `io::Error` is the
    /// error's `source()`.
    Io,
    /// A line of a resource (a file, a reader or entries given in code) is
    /// malformed; [`BuildError::path`] and [`BuildError::line_number`] say
    /// where.
    Malformed,
    /// An entry given in code is unusable (an empty name, an empty verb).
    InvalidEntry,
    /// A user-defined entity pattern does not compile (the `patterns`
    /// feature).
    InvalidPattern,
}

#[derive(Clone, Debug)]
enum ErrorKind {
    /// A resource file could not be read.
    Read {
        path: PathBuf,
        error: Arc<std::io::Error>,
    },
    /// A line of a resource (a file, or entries given in code) is malformed.
    Line {
        source: String,
        line: usize,
        message: String,
    },
    /// An entry given in code is unusable.
    Entry { message: String },
    /// A pattern does not compile.
    #[cfg_attr(not(feature = "patterns"), allow(dead_code))]
    Pattern { pattern: String, message: String },
}

impl BuildError {
    pub(crate) fn read(path: impl Into<PathBuf>, err: std::io::Error) -> BuildError {
        BuildError {
            kind: ErrorKind::Read {
                path: path.into(),
                error: Arc::new(err),
            },
        }
    }

    /// A malformed line: `source` names the file (or "entries"), `line` is
    /// 1-based.
    pub(crate) fn line(source: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        BuildError {
            kind: ErrorKind::Line {
                source: source.into(),
                line,
                message: message.into(),
            },
        }
    }

    pub(crate) fn entry(message: impl Into<String>) -> BuildError {
        BuildError {
            kind: ErrorKind::Entry {
                message: message.into(),
            },
        }
    }

    #[cfg_attr(not(feature = "patterns"), allow(dead_code))]
    pub(crate) fn pattern(pattern: &str, message: impl Into<String>) -> BuildError {
        BuildError {
            kind: ErrorKind::Pattern {
                pattern: pattern.to_string(),
                message: message.into(),
            },
        }
    }

    /// What sort of failure this is.
    pub fn kind(&self) -> BuildErrorKind {
        match self.kind {
            ErrorKind::Read { .. } => BuildErrorKind::Io,
            ErrorKind::Line { .. } => BuildErrorKind::Malformed,
            ErrorKind::Entry { .. } => BuildErrorKind::InvalidEntry,
            ErrorKind::Pattern { .. } => BuildErrorKind::InvalidPattern,
        }
    }

    /// The file the error is about, when it is about a file.
    pub fn path(&self) -> Option<&Path> {
        match &self.kind {
            ErrorKind::Read { path, .. } => Some(path),
            ErrorKind::Line { source, .. } => Some(Path::new(source)),
            ErrorKind::Entry { .. } | ErrorKind::Pattern { .. } => None,
        }
    }

    /// The 1-based line the error is about, when it is about a line.
    pub fn line_number(&self) -> Option<usize> {
        match &self.kind {
            ErrorKind::Line { line, .. } => Some(*line),
            _ => None,
        }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Read { path, error } => {
                write!(f, "cannot read {}: {}", path.display(), error)
            }
            ErrorKind::Line {
                source,
                line,
                message,
            } => write!(f, "{source}:{line}: {message}"),
            ErrorKind::Entry { message } => write!(f, "invalid entry: {message}"),
            ErrorKind::Pattern { pattern, message } => {
                write!(f, "invalid entity pattern {pattern:?}: {message}")
            }
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Read { error, .. } => Some(&**error),
            _ => None,
        }
    }
}
