//! Merging a ledger with one of its conflict copies, without files: [`merge`] takes the
//! ledger's and the copy's contents and gives the merged ledger, what was merged without
//! asking ([`Merged`]) and what a person must choose ([`Choice`]); [`LedgerMerge::resolve`]
//! applies a person's answers.
//!
//! Records are matched by id, or, when only one side holds them, as the same record added on
//! both sides ([`pairing`]): the copy's references then follow to the ledger's record. A record
//! on both sides is merged field by field ([`fields`]): equal fields are kept, a change made
//! after seeing the other side's wins with its stamp, the lists that only gather (aliases,
//! source links, skipped findings) take the items of both, a project's progress log,
//! problems, approvals and plans changed on both sides independently are merged item by item
//! ([`items`]: a choice is then about one item, addressed by an [`ItemPart`]), and a field
//! changed on both sides independently is a choice — the ledger's value stands until a
//! person answers. A record
//! only one side holds is kept: it was added there. Records paired as added on both sides keep
//! the ledger's name, the copy's becoming an alias when it differs beyond the script. Deletions are not tracked, so a record
//! deleted on one side and kept on the other comes back: nothing is ever lost by a merge.

mod fields;
pub mod items;
mod month;
mod pairing;

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::article::script::normalise_key;
use crate::model::stamp::{FieldStamp, Stamped, field_values};
use crate::model::{
    Edit, EditError, Goal, GoalId, Inconsistency, Ledger, Project, ProjectId, Source, SourceId,
    Unit, UnitId,
};
use fields::{FieldsMerged, ListMerge, merge_fields, with_field};
pub use items::{Item, ItemList, ItemPart};
pub use month::merge_month;
use pairing::Pairs;

/// One of the two versions being merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The file under the ledger's own name.
    Ledger,
    /// The conflict copy.
    Copy,
}

/// What sort of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Unit,
    Project,
    Goal,
    Source,
}

/// A record of the merged ledger, with the name a person knows it by (a goal's words, an
/// article's title).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRef {
    pub kind: RecordKind,
    pub id: u64,
    pub name: String,
}

/// What the merge did without asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Merged {
    /// A record only the copy held, added.
    Added(RecordRef),
    /// Both sides added this record independently; it is kept once. `copy_name` is how the
    /// copy wrote it.
    SameRecord {
        record: RecordRef,
        copy_name: String,
    },
    /// The copy's change of a field was made after seeing the ledger's, so it was taken;
    /// for a list merged item by item, `items` are those that changed so.
    Taken {
        record: RecordRef,
        field: String,
        items: Vec<ItemPart>,
    },
    /// A list of the record gained the copy's items: `items` names them for a list merged
    /// item by item (empty for one that only gathers, such as aliases).
    Combined {
        record: RecordRef,
        field: String,
        items: Vec<ItemPart>,
    },
}

/// A field both sides changed independently: a person chooses.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub record: RecordRef,
    /// The field's name as the file spells it (`responsible`, `investment`, `plans` …).
    pub field: String,
    /// The item of the list `field` that is chosen (a problem's field, a month of the
    /// plans …); `None`: the whole field.
    pub item: Option<ItemPart>,
    /// Each side's value (of the item, when there is one); `Null` where that side left it
    /// empty.
    pub ledger: Value,
    pub copy: Value,
    pub ledger_stamp: Option<FieldStamp>,
    pub copy_stamp: Option<FieldStamp>,
}

/// A merge: the merged ledger (holding the ledger's value for each open choice), what was
/// merged, and the choices left.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerMerge {
    pub ledger: Ledger,
    pub merged: Vec<Merged>,
    pub choices: Vec<Choice>,
}

/// Why two versions could not be merged. None of these comes from what people typed: each
/// means one of the versions does not hold together.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("the merged {name} cannot be rebuilt: {source}")]
    Rebuild {
        name: String,
        source: serde_json::Error,
    },
    #[error("the merged ledger refuses a record: {0}")]
    Edit(#[from] EditError),
    #[error("the merged ledger does not hold together: {0}")]
    Inconsistent(#[from] Inconsistency),
    #[error("{given} answers were given for {asked} choices")]
    Answers { given: usize, asked: usize },
    #[error("the record of a choice, {0}, is not in the merged ledger")]
    MissingRecord(String),
    #[error("the item of a choice of {record}: {source}")]
    MissingItem {
        record: String,
        source: items::MissingItem,
    },
}

/// The lists of each kind of record that are not chosen whole: those that only gather, and a
/// project's lists merged item by item.
const UNIT_LISTS: &[(&str, ListMerge)] = &[("aliases", ListMerge::Gather)];
const PROJECT_LISTS: &[(&str, ListMerge)] = &[
    ("aliases", ListMerge::Gather),
    ("sources", ListMerge::Gather),
    ("progress", ListMerge::Items(ItemList::Progress)),
    ("problems", ListMerge::Items(ItemList::Problems)),
    ("approvals", ListMerge::Items(ItemList::Approvals)),
    ("plans", ListMerge::Items(ItemList::Plans)),
];
const SOURCE_LISTS: &[(&str, ListMerge)] = &[("skipped", ListMerge::Gather)];

/// Merges a conflict copy into its ledger (see the module's comment).
pub fn merge(ledger: &Ledger, copy: &Ledger) -> Result<LedgerMerge, MergeError> {
    let pairs = Pairs::find(ledger, copy);
    let mut merging = Merging {
        ledger: Ledger::new(),
        merged: Vec::new(),
        choices: Vec::new(),
    };
    merging.ledger.schema_version = ledger.schema_version;
    merging.ledger.saved_at = ledger.saved_at;
    merging.ledger.approval_names = ledger.approval_names.clone();
    for name in &copy.approval_names {
        if !merging.ledger.approval_names.contains(name) {
            merging.ledger.approval_names.push(name.clone());
        }
    }

    merging.units(ledger, copy, &pairs)?;
    merging.sources(ledger, copy, &pairs)?;
    merging.projects(ledger, copy, &pairs)?;
    merging.goals(ledger, copy, &pairs)?;
    merging.ledger.validate()?;
    Ok(LedgerMerge {
        ledger: merging.ledger,
        merged: merging.merged,
        choices: merging.choices,
    })
}

impl LedgerMerge {
    /// The merged ledger with a person's answers, one for each choice in order: the ledger's
    /// value stays, or the copy's is taken with its stamp (for an item of a list, the copy's
    /// item is taken and the list keeps its stamp: it holds both sides' items).
    pub fn resolve(&self, answers: &[Side]) -> Result<Ledger, MergeError> {
        if answers.len() != self.choices.len() {
            return Err(MergeError::Answers {
                given: answers.len(),
                asked: self.choices.len(),
            });
        }
        let mut ledger = self.ledger.clone();
        for (choice, _) in self
            .choices
            .iter()
            .zip(answers)
            .filter(|(_, side)| **side == Side::Copy)
        {
            let missing = || MergeError::MissingRecord(choice.record.name.clone());
            let id = choice.record.id;
            let edit = match choice.record.kind {
                RecordKind::Unit => Edit::PutUnit(answered(
                    ledger.unit(UnitId(id)).ok_or_else(missing)?,
                    choice,
                )?),
                RecordKind::Project => Edit::PutProject(Box::new(answered(
                    ledger.project(ProjectId(id)).ok_or_else(missing)?,
                    choice,
                )?)),
                RecordKind::Goal => Edit::PutGoal(answered(
                    ledger.goal(GoalId(id)).ok_or_else(missing)?,
                    choice,
                )?),
                RecordKind::Source => Edit::PutSource(answered(
                    ledger.source(SourceId(id)).ok_or_else(missing)?,
                    choice,
                )?),
            };
            ledger.apply(edit)?;
        }
        ledger.validate()?;
        Ok(ledger)
    }
}

/// The record with the copy's side of a choice taken.
fn answered<T: Stamped + DeserializeOwned>(record: &T, choice: &Choice) -> Result<T, MergeError> {
    let (value, stamp) = match &choice.item {
        None => (choice.copy.clone(), choice.copy_stamp.as_ref()),
        Some(part) => {
            let list = field_values(record).remove(&choice.field);
            let value = items::set_part(list.as_ref(), part, &choice.copy).map_err(|source| {
                MergeError::MissingItem {
                    record: choice.record.name.clone(),
                    source,
                }
            })?;
            (value, record.stamps().fields.get(&choice.field))
        }
    };
    with_field(record, &choice.field, &value, stamp).map_err(|source| MergeError::Rebuild {
        name: choice.record.name.clone(),
        source,
    })
}

/// The merged ledger as it is built, and what was found on the way.
struct Merging {
    ledger: Ledger,
    merged: Vec<Merged>,
    choices: Vec<Choice>,
}

impl Merging {
    /// Merges the units, pairing those added on both sides.
    fn units(&mut self, ledger: &Ledger, copy: &Ledger, pairs: &Pairs) -> Result<(), MergeError> {
        let copy_unit = |unit: &Unit| {
            let mut unit = unit.clone();
            unit.id = pairs.unit(unit.id);
            unit
        };
        for side in sides(ledger.units(), copy.units(), |unit| unit.id, &pairs.units) {
            let merged = match side {
                Counterpart::Both { own, other, paired } => {
                    let mut other = copy_unit(other);
                    let name = other.name.clone();
                    if paired && other.name != own.name {
                        other.name.clone_from(&own.name);
                        other.add_alias(&name);
                    }
                    self.both(own, &other, paired.then_some(name), unit_ref, UNIT_LISTS)?
                }
                Counterpart::LedgerOnly(own) => own.clone(),
                Counterpart::CopyOnly(other) => self.added(copy_unit(other), unit_ref),
            };
            self.ledger.apply(Edit::PutUnit(merged))?;
        }
        Ok(())
    }

    /// Merges the imported articles, pairing those imported on both sides.
    fn sources(&mut self, ledger: &Ledger, copy: &Ledger, pairs: &Pairs) -> Result<(), MergeError> {
        let copy_source = |source: &Source| {
            let mut source = source.clone();
            source.id = pairs.source(source.id);
            source
        };
        for side in sides(ledger.sources(), copy.sources(), |s| s.id, &pairs.sources) {
            let merged = match side {
                Counterpart::Both { own, other, paired } => {
                    let other = copy_source(other);
                    let name = paired.then(|| other.title.clone());
                    self.both(own, &other, name, source_ref, SOURCE_LISTS)?
                }
                Counterpart::LedgerOnly(own) => own.clone(),
                Counterpart::CopyOnly(other) => self.added(copy_source(other), source_ref),
            };
            self.ledger.apply(Edit::PutSource(merged))?;
        }
        Ok(())
    }

    /// Merges the projects, their units and articles already merged.
    fn projects(
        &mut self,
        ledger: &Ledger,
        copy: &Ledger,
        pairs: &Pairs,
    ) -> Result<(), MergeError> {
        let copy_project = |project: &Project| {
            let mut project = project.clone();
            project.id = pairs.project(project.id);
            project.unit = project.unit.map(|unit| pairs.unit(unit));
            for link in &mut project.sources {
                link.source = pairs.source(link.source);
            }
            project
        };
        for side in sides(
            ledger.projects(),
            copy.projects(),
            |p| p.id,
            &pairs.projects,
        ) {
            let merged = match side {
                Counterpart::Both { own, other, paired } => {
                    let mut other = copy_project(other);
                    let name = other.name.clone();
                    if paired && other.name != own.name {
                        if normalise_key(&name) != normalise_key(&own.name) {
                            other.aliases.push(name.clone());
                        }
                        other.name.clone_from(&own.name);
                    }
                    self.both(
                        own,
                        &other,
                        paired.then_some(name),
                        project_ref,
                        PROJECT_LISTS,
                    )?
                }
                Counterpart::LedgerOnly(own) => own.clone(),
                Counterpart::CopyOnly(other) => self.added(copy_project(other), project_ref),
            };
            self.ledger.apply(Edit::PutProject(Box::new(merged)))?;
        }
        Ok(())
    }

    /// Merges the goals, their units and articles already merged.
    fn goals(&mut self, ledger: &Ledger, copy: &Ledger, pairs: &Pairs) -> Result<(), MergeError> {
        let copy_goal = |goal: &Goal| {
            let mut goal = goal.clone();
            goal.id = pairs.goal(goal.id);
            goal.unit = goal.unit.map(|unit| pairs.unit(unit));
            goal.source = goal.source.map(|source| pairs.source(source));
            goal
        };
        for side in sides(ledger.goals(), copy.goals(), |goal| goal.id, &pairs.goals) {
            let merged = match side {
                Counterpart::Both { own, other, paired } => {
                    let mut other = copy_goal(other);
                    let name = paired.then(|| other.text.clone());
                    if paired {
                        other.text.clone_from(&own.text);
                    }
                    self.both(own, &other, name, goal_ref, &[])?
                }
                Counterpart::LedgerOnly(own) => own.clone(),
                Counterpart::CopyOnly(other) => self.added(copy_goal(other), goal_ref),
            };
            self.ledger.apply(Edit::PutGoal(merged))?;
        }
        Ok(())
    }

    /// Merges a record both sides hold; `copy_name`, how the copy names it, is given when the
    /// two were paired rather than the same id.
    fn both<T: Stamped + DeserializeOwned>(
        &mut self,
        own: &T,
        other: &T,
        copy_name: Option<String>,
        reference: fn(&T) -> RecordRef,
        lists: &[(&str, ListMerge)],
    ) -> Result<T, MergeError> {
        let record = reference(own);
        let FieldsMerged {
            record: merged,
            taken,
            combined,
            open,
        } = merge_fields(own, other, lists).map_err(|source| MergeError::Rebuild {
            name: record.name.clone(),
            source,
        })?;
        if let Some(copy_name) = copy_name {
            self.merged.push(Merged::SameRecord {
                record: record.clone(),
                copy_name,
            });
        }
        for (field, items) in taken {
            self.merged.push(Merged::Taken {
                record: record.clone(),
                field,
                items,
            });
        }
        for (field, items) in combined {
            self.merged.push(Merged::Combined {
                record: record.clone(),
                field,
                items,
            });
        }
        for open in open {
            self.choices.push(Choice {
                record: record.clone(),
                field: open.field,
                item: open.item,
                ledger: open.ledger,
                copy: open.copy,
                ledger_stamp: open.ledger_stamp,
                copy_stamp: open.copy_stamp,
            });
        }
        Ok(merged)
    }

    fn added<T>(&mut self, record: T, reference: fn(&T) -> RecordRef) -> T {
        self.merged.push(Merged::Added(reference(&record)));
        record
    }
}

/// A record of either side, with its counterpart on the other when there is one.
enum Counterpart<'a, T> {
    Both {
        own: &'a T,
        other: &'a T,
        /// Paired as added on both sides, rather than by the same id.
        paired: bool,
    },
    LedgerOnly(&'a T),
    CopyOnly(&'a T),
}

/// Every record of either side once, the ledger's first; `pairs` maps the copy's paired ids
/// to the ledger's.
fn sides<'a, T, K: Ord + Copy>(
    ledger: impl Iterator<Item = &'a T>,
    copy: impl Iterator<Item = &'a T>,
    id: impl Fn(&T) -> K,
    pairs: &BTreeMap<K, K>,
) -> Vec<Counterpart<'a, T>> {
    let copies: BTreeMap<K, &T> = copy.map(|record| (id(record), record)).collect();
    let paired: BTreeMap<K, K> = pairs.iter().map(|(&copy, &own)| (own, copy)).collect();
    let mut all = Vec::new();
    let mut seen = BTreeSet::new();
    for own in ledger {
        let key = id(own);
        seen.insert(key);
        all.push(match copies.get(&key) {
            Some(other) => Counterpart::Both {
                own,
                other,
                paired: false,
            },
            None => match paired.get(&key).and_then(|copy| copies.get(copy)) {
                Some(other) => Counterpart::Both {
                    own,
                    other,
                    paired: true,
                },
                None => Counterpart::LedgerOnly(own),
            },
        });
    }
    for (key, other) in &copies {
        if !seen.contains(key) && !pairs.contains_key(key) {
            all.push(Counterpart::CopyOnly(other));
        }
    }
    all
}

fn unit_ref(unit: &Unit) -> RecordRef {
    RecordRef {
        kind: RecordKind::Unit,
        id: unit.id.0,
        name: unit.name.clone(),
    }
}

fn project_ref(project: &Project) -> RecordRef {
    RecordRef {
        kind: RecordKind::Project,
        id: project.id.0,
        name: project.name.clone(),
    }
}

fn source_ref(source: &Source) -> RecordRef {
    RecordRef {
        kind: RecordKind::Source,
        id: source.id.0,
        name: source.title.clone(),
    }
}

fn goal_ref(goal: &Goal) -> RecordRef {
    RecordRef {
        kind: RecordKind::Goal,
        id: goal.id.0,
        name: goal.text.clone(),
    }
}
