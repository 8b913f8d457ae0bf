//! Done dates keep the order of the milestones (签约 ≤ 开工 ≤ 竣工 ≤ 投产). A day a person
//! enters moves the inferred days that would contradict it and is refused when it would
//! contradict a day a person entered; days inferred from an article fit between the days
//! already known; an article without a date records "done, day unknown" (日期不详).

use chrono::NaiveDate;

use super::project::{MILESTONES, Milestone, Milestones};

/// A done day that would put two milestones out of order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{earlier:?} done on {earlier_done} would come after {later:?} done on {later_done}")]
pub struct OrderError {
    pub earlier: Milestone,
    pub earlier_done: NaiveDate,
    pub later: Milestone,
    pub later_done: NaiveDate,
}

fn position(milestone: Milestone) -> Option<usize> {
    MILESTONES.iter().position(|m| *m == milestone)
}

/// Records that a person saw `milestone` done on `day`. The earlier milestones not yet done
/// are marked done on the same day, as inferred; inferred days of other milestones that would
/// break the order move to `day`, and those moved are returned. A day a person entered that
/// would break it refuses the change, and then nothing changes.
pub fn set_done(
    milestones: &mut Milestones,
    milestone: Milestone,
    day: NaiveDate,
) -> Result<Vec<Milestone>, OrderError> {
    let Some(k) = position(milestone) else {
        return Ok(Vec::new());
    };
    let mut updated = *milestones;
    let mut moved = Vec::new();
    for (i, other) in MILESTONES.into_iter().enumerate() {
        let Some(state) = updated.get_mut(other) else {
            continue;
        };
        if i == k {
            state.done = Some(day);
            state.done_undated = false;
            state.done_inferred = false;
            continue;
        }
        if i < k && !state.is_done() {
            state.done = Some(day);
            state.done_inferred = true;
            continue;
        }
        let Some(done) = state.done else {
            continue;
        };
        let clash = (i < k && done > day) || (i > k && done < day);
        if !clash {
            continue;
        }
        if state.done_inferred {
            state.done = Some(day);
            moved.push(other);
        } else if i < k {
            return Err(OrderError {
                earlier: other,
                earlier_done: done,
                later: milestone,
                later_done: day,
            });
        } else {
            return Err(OrderError {
                earlier: milestone,
                earlier_done: day,
                later: other,
                later_done: done,
            });
        }
    }
    *milestones = updated;
    Ok(moved)
}

/// Marks the `reached` milestones not yet done as done, inferred from an article dated `day`
/// (`None`: the article has no date, so the day is unknown). A day is kept between the done
/// days of the milestones before and after it, so the order holds.
pub fn infer_done(milestones: &mut Milestones, reached: &[Milestone], day: Option<NaiveDate>) {
    for milestone in reached {
        let Some(k) = position(*milestone) else {
            continue;
        };
        let latest_before = MILESTONES[..k]
            .iter()
            .filter_map(|m| milestones.get(*m).and_then(|s| s.done))
            .max();
        let earliest_after = MILESTONES[k + 1..]
            .iter()
            .filter_map(|m| milestones.get(*m).and_then(|s| s.done))
            .min();
        let Some(state) = milestones.get_mut(*milestone) else {
            continue;
        };
        if state.is_done() {
            continue;
        }
        state.done_inferred = true;
        match day {
            Some(day) => {
                let day = earliest_after.map_or(day, |after| day.min(after));
                state.done = Some(latest_before.map_or(day, |before| day.max(before)));
            }
            None => state.done_undated = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    #[test]
    fn ticking_infers_the_earlier_milestones_on_the_same_day() {
        let mut milestones = Milestones::default();
        assert_eq!(
            set_done(&mut milestones, Milestone::Start, date(2, 6)),
            Ok(vec![])
        );
        assert_eq!(milestones.sign.done, Some(date(2, 6)));
        assert!(milestones.sign.done_inferred);
        assert!(!milestones.start.done_inferred);
        assert!(!milestones.complete.is_done());
    }

    #[test]
    fn inferred_days_move_and_entered_days_refuse() {
        let mut milestones = Milestones::default();
        set_done(&mut milestones, Milestone::Start, date(3, 1)).unwrap();
        assert_eq!(
            set_done(&mut milestones, Milestone::Start, date(2, 1)),
            Ok(vec![Milestone::Sign]),
            "the inferred 签约 follows 开工 back"
        );
        assert_eq!(milestones.sign.done, Some(date(2, 1)));
        set_done(&mut milestones, Milestone::Sign, date(1, 20)).unwrap();
        let before = milestones;
        assert_eq!(
            set_done(&mut milestones, Milestone::Sign, date(2, 10)),
            Err(OrderError {
                earlier: Milestone::Sign,
                earlier_done: date(2, 10),
                later: Milestone::Start,
                later_done: date(2, 1),
            })
        );
        assert_eq!(milestones, before, "a refused change changes nothing");
        assert_eq!(
            set_done(&mut milestones, Milestone::Produce, date(1, 1)),
            Err(OrderError {
                earlier: Milestone::Sign,
                earlier_done: date(1, 20),
                later: Milestone::Produce,
                later_done: date(1, 1),
            })
        );
    }

    #[test]
    fn an_undated_article_records_done_without_a_day() {
        let mut milestones = Milestones::default();
        infer_done(&mut milestones, &MILESTONES[..2], None);
        assert!(milestones.start.is_done() && milestones.start.done.is_none());
        assert!(milestones.start.done_undated && milestones.start.done_inferred);
        set_done(&mut milestones, Milestone::Start, date(2, 6)).unwrap();
        assert!(!milestones.start.done_undated);
        assert!(
            milestones.sign.done_undated,
            "an undated 签约 stays undated"
        );
    }

    #[test]
    fn an_inferred_day_fits_between_the_known_ones() {
        let mut milestones = Milestones::default();
        set_done(&mut milestones, Milestone::Sign, date(3, 1)).unwrap();
        milestones.complete.done = Some(date(5, 1));
        infer_done(&mut milestones, &MILESTONES[..2], Some(date(2, 1)));
        assert_eq!(milestones.start.done, Some(date(3, 1)));
        let mut later = Milestones::default();
        later.complete.done = Some(date(5, 1));
        infer_done(&mut later, &MILESTONES[..2], Some(date(6, 1)));
        assert_eq!(later.start.done, Some(date(5, 1)));
        assert_eq!(later.sign.done, Some(date(5, 1)));
    }
}
