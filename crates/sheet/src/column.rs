//! A column of the sheet: its header text, the field it maps to, and for money the unit
//! it counts in — named in its header, else by a "单位：万元" note above the header, else
//! 万元 as a guess (the unit nearly every 推进表 uses).

use crate::amount::MoneyUnit;
use crate::field::{Field, guess_field};

/// One column and how it is read.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// 0-based position in the row.
    pub index: usize,
    /// The header text, upper and lower header rows joined, spaces removed.
    pub header_text: String,
    /// What the column holds.
    pub field: Field,
    /// The unit of an amount column, `None` for other fields.
    pub money_unit: Option<MoneyUnit>,
    /// Whether the field was guessed from a loose word ("进度") rather than a clear one.
    pub guessed: bool,
    /// Whether the money unit is the 万元 default because neither the header nor a note
    /// above it named one.
    pub money_unit_guessed: bool,
}

impl Column {
    /// The column its header text suggests.
    pub(crate) fn from_header(
        index: usize,
        header_text: String,
        note_unit: Option<MoneyUnit>,
    ) -> Self {
        let guess = guess_field(&header_text);
        let field = guess.map_or(Field::Ignored, |guess| guess.field);
        let mut column = Self {
            index,
            header_text,
            field,
            money_unit: None,
            guessed: guess.is_some_and(|guess| guess.loose),
            money_unit_guessed: false,
        };
        column.set_money_unit_for_field(note_unit);
        column
    }

    /// The column mapped to `field` by the user: no longer a guess.
    pub(crate) fn map_to(&mut self, field: Field, note_unit: Option<MoneyUnit>) {
        self.field = field;
        self.guessed = false;
        self.set_money_unit_for_field(note_unit);
    }

    /// The money unit set by the user.
    pub(crate) fn count_in(&mut self, unit: MoneyUnit) {
        self.money_unit = Some(unit);
        self.money_unit_guessed = false;
    }

    /// Whether the header says the numbers are percents already ("完成率(%)").
    pub(crate) fn says_percent(&self) -> bool {
        self.header_text.contains(['%', '％'])
    }

    fn set_money_unit_for_field(&mut self, note_unit: Option<MoneyUnit>) {
        if !self.field.is_amount() {
            self.money_unit = None;
            self.money_unit_guessed = false;
            return;
        }
        let named = MoneyUnit::named_in(&self.header_text).or(note_unit);
        self.money_unit = Some(named.unwrap_or(MoneyUnit::TenThousandYuan));
        self.money_unit_guessed = named.is_none();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amount_columns_take_the_header_unit_then_the_note_then_wan_as_a_guess() {
        let named = Column::from_header(2, "总投资(亿元)".to_owned(), Some(MoneyUnit::Yuan));
        assert_eq!(named.money_unit, Some(MoneyUnit::HundredMillionYuan));
        assert!(!named.money_unit_guessed);
        let noted = Column::from_header(2, "总投资".to_owned(), Some(MoneyUnit::Yuan));
        assert_eq!(noted.money_unit, Some(MoneyUnit::Yuan));
        let defaulted = Column::from_header(2, "总投资".to_owned(), None);
        assert_eq!(defaulted.money_unit, Some(MoneyUnit::TenThousandYuan));
        assert!(defaulted.money_unit_guessed);
        let text = Column::from_header(1, "项目名称".to_owned(), None);
        assert_eq!(text.money_unit, None);
    }

    #[test]
    fn a_users_mapping_is_no_guess_and_brings_a_money_unit() {
        let mut column = Column::from_header(4, "进度".to_owned(), None);
        assert!(column.guessed);
        column.map_to(Field::SinceStartCompleted, None);
        assert!(!column.guessed);
        assert_eq!(column.money_unit, Some(MoneyUnit::TenThousandYuan));
        column.count_in(MoneyUnit::Yuan);
        assert!(!column.money_unit_guessed);
        column.map_to(Field::Remarks, None);
        assert_eq!(column.money_unit, None);
        let unknown = Column::from_header(5, "联系电话".to_owned(), None);
        assert_eq!(unknown.field, Field::Ignored);
        assert_eq!(unknown.header_text, "联系电话");
    }
}
