//! The real window from a test: the binary run directly when a display is set, else under
//! `xvfb-run`.

use std::process::Command;

/// The binary, ready to be given arguments, in a real window.
pub fn window_command() -> Command {
    let bin = env!("CARGO_BIN_EXE_town-tracker");
    if std::env::var_os("DISPLAY").is_some() {
        Command::new(bin)
    } else {
        let mut command = Command::new("xvfb-run");
        command.args(["-a", "-s", "-screen 0 1280x800x24", bin]);
        command
    }
}
