//! A date button with a month calendar in the UI's language (一 二 … 日, 2025年3月): click the
//! date to open the calendar, pick a day (or 今天) to set it. Replaces egui_extras' picker,
//! whose labels are English only.

use chrono::{Datelike, Months, NaiveDate};
use eframe::egui::{self, Popup, PopupCloseBehavior, Ui};

use crate::i18n::Lang;

const WEEKDAYS_ZH: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];
const WEEKDAYS_EN: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// The month heading: "2025年3月" or "March 2025".
fn month_title(month: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月", month.year(), month.month()),
        Lang::En => month.format("%B %Y").to_string(),
    }
}

/// The days of a month laid out in weeks starting on Monday (`None` pads the first week).
pub fn month_grid(month: NaiveDate) -> Vec<[Option<NaiveDate>; 7]> {
    let first = first_of_month(month);
    let lead = first.weekday().num_days_from_monday() as usize;
    let mut cells: Vec<Option<NaiveDate>> = vec![None; lead];
    let mut day = Some(first);
    while let Some(current) = day.filter(|d| d.month() == first.month()) {
        cells.push(Some(current));
        day = current.succ_opt();
    }
    cells.resize(cells.len().div_ceil(7) * 7, None);
    cells
        .chunks(7)
        .map(|week| {
            let mut row = [None; 7];
            row.copy_from_slice(week);
            row
        })
        .collect()
}

/// A button showing `value`; returns the day the user picked from its calendar. `name` is the
/// button's accessible name (the date is appended).
pub fn date_button(
    ui: &mut Ui,
    id_salt: &str,
    value: NaiveDate,
    today: NaiveDate,
    name: &str,
    lang: Lang,
) -> Option<NaiveDate> {
    let button = ui
        .button(value.format("%Y-%m-%d").to_string())
        .accessible_name(format!("{name} {value}"));
    let shown_id = ui.make_persistent_id(("date-picker-month", id_salt));
    if button.clicked() {
        ui.data_mut(|d| d.insert_temp(shown_id, first_of_month(value)));
    }
    let mut picked = None;
    let popup = Popup::from_toggle_button_response(&button)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside);
    let popup_id = popup.get_id();
    popup.show(|ui| {
        let mut shown: NaiveDate = ui
            .data_mut(|d| d.get_temp(shown_id))
            .unwrap_or_else(|| first_of_month(value));
        ui.horizontal(|ui| {
            let step = |ui: &mut Ui, text: &str, hover: &str, months: i32| {
                let response = ui
                    .small_button(text)
                    .on_hover_text(hover)
                    .accessible_name(hover);
                response.clicked().then_some(months)
            };
            let moves = [
                step(ui, "«", lang.pick("上一年", "Previous year"), -12),
                step(ui, "‹", lang.pick("上个月", "Previous month"), -1),
            ];
            ui.strong(month_title(shown, lang));
            let forward = [
                step(ui, "›", lang.pick("下个月", "Next month"), 1),
                step(ui, "»", lang.pick("下一年", "Next year"), 12),
            ];
            if let Some(months) = moves.into_iter().chain(forward).flatten().next() {
                let magnitude = Months::new(months.unsigned_abs());
                let moved = if months < 0 {
                    shown.checked_sub_months(magnitude)
                } else {
                    shown.checked_add_months(magnitude)
                };
                shown = moved.unwrap_or(shown);
            }
        });
        let weekdays = match lang {
            Lang::Zh => WEEKDAYS_ZH,
            Lang::En => WEEKDAYS_EN,
        };
        egui::Grid::new(("date-picker-grid", id_salt))
            .spacing([2.0, 2.0])
            .show(ui, |ui| {
                for weekday in weekdays {
                    ui.weak(weekday);
                }
                ui.end_row();
                for week in month_grid(shown) {
                    for day in week {
                        match day {
                            Some(day) => {
                                let label = format!("{:>2}", day.day());
                                let response = ui
                                    .selectable_label(day == value, label)
                                    .accessible_name(day.format("%Y-%m-%d").to_string());
                                if response.clicked() {
                                    picked = Some(day);
                                }
                            }
                            None => {
                                ui.label("");
                            }
                        }
                    }
                    ui.end_row();
                }
            });
        if ui.button(lang.pick("今天", "Today")).clicked() {
            picked = Some(today);
        }
        ui.data_mut(|d| d.insert_temp(shown_id, shown));
    });
    if picked.is_some() {
        Popup::close_id(ui.ctx(), popup_id);
    }
    picked.filter(|day| *day != value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_laid_out_from_monday() {
        let march = NaiveDate::from_ymd_opt(2025, 3, 18).unwrap();
        let weeks = month_grid(march);
        assert_eq!(
            weeks.len(),
            6,
            "March 2025 starts on a Saturday and spans six weeks"
        );
        assert_eq!(weeks[0][5], NaiveDate::from_ymd_opt(2025, 3, 1));
        assert_eq!(weeks[0][4], None);
        assert_eq!(weeks[5][0], NaiveDate::from_ymd_opt(2025, 3, 31));
        let days: usize = weeks.iter().flatten().flatten().count();
        assert_eq!(days, 31);
        assert_eq!(month_title(march, Lang::Zh), "2025年3月");
        assert_eq!(month_title(march, Lang::En), "March 2025");
    }
}
