//! [`BuildError`]: the only error in the crate. Annotating never fails; only
//! building an [`Annotator`](crate::Annotator) from custom resources can.

use std::fmt;
use std::path::PathBuf;

/// Why [`AnnotatorBuilder::build`](crate::AnnotatorBuilder::build) failed.
///
/// The message names the file and line at fault where there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    /// A resource file could not be read.
    Read { path: PathBuf, message: String },
    /// A line of a resource (a file, or entries given in code) is malformed.
    Line {
        source: String,
        line: usize,
        message: String,
    },
    /// An entry given in code is unusable.
    Entry { message: String },
}

impl BuildError {
    pub(crate) fn read(path: impl Into<PathBuf>, err: &std::io::Error) -> BuildError {
        BuildError {
            kind: ErrorKind::Read {
                path: path.into(),
                message: err.to_string(),
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

    /// The file the error is about, when it is about a file.
    pub fn path(&self) -> Option<&std::path::Path> {
        match &self.kind {
            ErrorKind::Read { path, .. } => Some(path),
            ErrorKind::Line { source, .. } => Some(std::path::Path::new(source)),
            ErrorKind::Entry { .. } => None,
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
            ErrorKind::Read { path, message } => {
                write!(f, "cannot read {}: {}", path.display(), message)
            }
            ErrorKind::Line {
                source,
                line,
                message,
            } => write!(f, "{source}:{line}: {message}"),
            ErrorKind::Entry { message } => write!(f, "invalid entry: {message}"),
        }
    }
}

impl std::error::Error for BuildError {}
