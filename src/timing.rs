//! Where an annotation's time goes: [`StageTimes`], filled by
//! [`Annotator::annotate_timed`](crate::Annotator::annotate_timed).

use std::fmt;
use std::ops::AddAssign;
use std::time::{Duration, Instant};

/// The wall-clock time one annotation spent in each stage of the pipeline.
///
/// Sum them over many texts with `+=` to see which stage a corpus spends
/// its time in; [`StageTimes::stages`] lists them by name.
///
/// ```
/// let annotator = byline::Annotator::new();
/// let mut times = byline::StageTimes::default();
/// for text in ["“Fine,” said Jane Roe.", "Roe left London on Monday."] {
///     let (doc, spent) = annotator.annotate_timed(text);
///     assert_eq!(doc, annotator.annotate(text));
///     times += spent;
/// }
/// let names: Vec<&str> = times.stages().iter().map(|(name, _)| *name).collect();
/// assert_eq!(names, ["sentences", "boilerplate", "entities", "coreference", "quotes"]);
/// let sum: std::time::Duration = times.stages().iter().map(|(_, t)| *t).sum();
/// assert_eq!(sum, times.total());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct StageTimes {
    /// Paragraphs, sentences and the text's lines.
    pub sentences: Duration,
    /// Flagging each paragraph as body or boilerplate (and, with
    /// `body_only`, dropping what the boilerplate holds).
    pub boilerplate: Duration,
    /// Tokens, gazetteer lookups, the name rules, entity resolution (and
    /// the `patterns` feature's matches).
    pub entities: Duration,
    /// Pronouns and descriptions linked to entities.
    pub coreference: Duration,
    /// Quote marks paired, then quotes attributed.
    pub quotes: Duration,
}

impl StageTimes {
    /// Each stage's name and time, in pipeline order.
    pub fn stages(&self) -> [(&'static str, Duration); 5] {
        [
            ("sentences", self.sentences),
            ("boilerplate", self.boilerplate),
            ("entities", self.entities),
            ("coreference", self.coreference),
            ("quotes", self.quotes),
        ]
    }

    /// The time of all stages together.
    pub fn total(&self) -> Duration {
        self.stages().iter().map(|(_, t)| *t).sum()
    }
}

/// Each stage's time and share of the total, in pipeline order: what the
/// bench and `annotate --timings` print.
///
/// ```
/// use std::time::Duration;
///
/// let mut times = byline::StageTimes::default();
/// times.entities = Duration::from_millis(3);
/// times.quotes = Duration::from_millis(1);
/// assert_eq!(
///     times.to_string(),
///     "sentences 0.0 ms (0.0 %), boilerplate 0.0 ms (0.0 %), entities 3.0 ms (75.0 %), \
///      coreference 0.0 ms (0.0 %), quotes 1.0 ms (25.0 %)"
/// );
/// ```
impl fmt::Display for StageTimes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.total().as_secs_f64();
        for (k, (name, t)) in self.stages().iter().enumerate() {
            let share = if total > 0.0 {
                100.0 * t.as_secs_f64() / total
            } else {
                0.0
            };
            let sep = if k == 0 { "" } else { ", " };
            write!(
                f,
                "{sep}{name} {:.1} ms ({share:.1} %)",
                t.as_secs_f64() * 1e3
            )?;
        }
        Ok(())
    }
}

impl AddAssign for StageTimes {
    fn add_assign(&mut self, other: StageTimes) {
        self.sentences += other.sentences;
        self.boilerplate += other.boilerplate;
        self.entities += other.entities;
        self.coreference += other.coreference;
        self.quotes += other.quotes;
    }
}

/// A stage of the pipeline, for [`Clock::lap`].
#[derive(Clone, Copy)]
pub(crate) enum Stage {
    Sentences,
    Boilerplate,
    Entities,
    Coreference,
    Quotes,
}

/// What the pipeline calls between its stages. `annotate` runs with
/// [`NoClock`], whose laps compile to nothing, so untimed annotation pays
/// nothing for the timed one.
pub(crate) trait Clock {
    /// Charges the time since the last lap (or the start) to `stage`.
    fn lap(&mut self, stage: Stage);
}

/// A clock that does not read the time.
pub(crate) struct NoClock;

impl Clock for NoClock {
    #[inline(always)]
    fn lap(&mut self, _: Stage) {}
}

/// A clock that charges each lap's wall-clock time to its stage.
pub(crate) struct Stopwatch {
    last: Instant,
    pub(crate) times: StageTimes,
}

impl Stopwatch {
    pub(crate) fn start() -> Stopwatch {
        Stopwatch {
            last: Instant::now(),
            times: StageTimes::default(),
        }
    }
}

impl Clock for Stopwatch {
    fn lap(&mut self, stage: Stage) {
        let now = Instant::now();
        let spent = now - self.last;
        self.last = now;
        let slot = match stage {
            Stage::Sentences => &mut self.times.sentences,
            Stage::Boilerplate => &mut self.times.boilerplate,
            Stage::Entities => &mut self.times.entities,
            Stage::Coreference => &mut self.times.coreference,
            Stage::Quotes => &mut self.times.quotes,
        };
        *slot += spent;
    }
}
