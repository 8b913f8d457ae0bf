//! The banner shown when the ledger file cannot be used: what is wrong, in plain words, and
//! what the user can do (restore the backup, start over, or work elsewhere with Save as).

use eframe::egui::Ui;

use crate::i18n::Lang;
use crate::intent::Action;
use crate::intent::Command;
use crate::intent::Problem;

pub fn show(ui: &mut Ui, problem: &Problem, lang: Lang, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    ui.colored_label(ui.visuals().warn_fg_color, &problem.message);
    ui.horizontal(|ui| {
        if problem.unreadable {
            if problem.backup_available
                && ui
                    .button(lang.pick("从备份恢复", "Restore the backup"))
                    .clicked()
            {
                actions.push(Action::Recover { from_backup: true });
            }
            if ui
                .button(lang.pick(
                    "移开损坏的文件,新建空台账",
                    "Move the damaged file aside and start empty",
                ))
                .clicked()
            {
                actions.push(Action::Recover { from_backup: false });
            }
        }
        let ways = if problem.choose_office {
            &[Command::ChooseOffice][..]
        } else {
            &[Command::SaveAs, Command::OpenLedger][..]
        };
        for &command in ways {
            if ui.button(command.label(lang)).clicked() {
                actions.push(Action::Command(command));
            }
        }
    });
    ui.add_space(4.0);
}
