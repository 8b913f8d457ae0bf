//! Choosing files: one small trait the app goes through, so tests can script it. In production
//! the native dialog (rfd) runs on a background thread so the window keeps painting. rfd
//! answers "nothing" both when the user cancels and when no dialog can be shown at all (no xdg
//! portal, no zenity); an answer that comes back faster than a person can cancel is taken as
//! "unavailable", and the app then offers its own in-window file browser.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use eframe::egui;

use crate::intent::{DialogAnswer, DialogRequest};

/// Shows file dialogs; answers arrive later through `poll`.
pub trait FileDialogs {
    /// Starts a dialog. `ctx` is woken when the answer is ready.
    fn request(&mut self, ctx: &egui::Context, request: DialogRequest);
    /// The answer to an earlier request, once there is one.
    fn poll(&mut self) -> Option<(DialogRequest, DialogAnswer)>;
    /// Is a dialog open right now?
    fn is_busy(&self) -> bool;
}

/// An answer faster than this cannot be a person pressing Cancel.
const FASTER_THAN_A_PERSON: Duration = Duration::from_millis(250);

/// The platform's native dialog, through rfd, on a background thread.
pub struct NativeDialogs {
    sender: Sender<(DialogRequest, DialogAnswer)>,
    receiver: Receiver<(DialogRequest, DialogAnswer)>,
    busy: bool,
    /// Skip rfd entirely (`TOWN_TRACKER_FILE_DIALOG=builtin`).
    builtin_only: bool,
}

impl Default for NativeDialogs {
    fn default() -> Self {
        let (sender, receiver) = channel();
        NativeDialogs {
            sender,
            receiver,
            busy: false,
            builtin_only: std::env::var("TOWN_TRACKER_FILE_DIALOG").as_deref() == Ok("builtin"),
        }
    }
}

impl FileDialogs for NativeDialogs {
    fn request(&mut self, ctx: &egui::Context, request: DialogRequest) {
        if self.builtin_only {
            let _ = self.sender.send((request, DialogAnswer::Unavailable));
            ctx.request_repaint();
            return;
        }
        self.busy = true;
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let answer = run_native(&request);
            let _ = sender.send((request, answer));
            ctx.request_repaint();
        });
    }

    fn poll(&mut self) -> Option<(DialogRequest, DialogAnswer)> {
        let answer = self.receiver.try_recv().ok()?;
        self.busy = false;
        Some(answer)
    }

    fn is_busy(&self) -> bool {
        self.busy
    }
}

fn run_native(request: &DialogRequest) -> DialogAnswer {
    let mut dialog = rfd::FileDialog::new()
        .set_title(&request.title)
        .add_filter(&request.filter_name, request.purpose.extensions())
        .add_filter(&request.all_files_name, &["*"]);
    if let Some(dir) = &request.start_dir {
        dialog = dialog.set_directory(dir);
    }
    if let Some(name) = &request.file_name {
        dialog = dialog.set_file_name(name);
    }
    let started = Instant::now();
    let picked = if request.purpose.is_folder() {
        dialog.pick_folder().map(|path| vec![path])
    } else if request.purpose.is_save() {
        dialog.save_file().map(|path| vec![path])
    } else if request.purpose.allows_many() {
        dialog.pick_files()
    } else {
        dialog.pick_file().map(|path| vec![path])
    };
    match picked {
        Some(paths) if !paths.is_empty() => DialogAnswer::Picked(paths),
        _ if started.elapsed() < FASTER_THAN_A_PERSON => DialogAnswer::Unavailable,
        _ => DialogAnswer::Cancelled,
    }
}

/// Scripted answers, for tests and automation: each request takes the next queued answer
/// (or "cancelled" when none is queued). Clones share one script, so a test keeps a handle
/// while the app owns another.
#[derive(Debug, Clone, Default)]
pub struct ScriptedDialogs(Rc<RefCell<Script>>);

#[derive(Debug, Default)]
struct Script {
    answers: VecDeque<DialogAnswer>,
    pending: VecDeque<(DialogRequest, DialogAnswer)>,
    requests: Vec<DialogRequest>,
}

impl ScriptedDialogs {
    /// Queues the answer for the next request.
    pub fn answer(&self, answer: DialogAnswer) {
        self.0.borrow_mut().answers.push_back(answer);
    }

    /// Every request made so far, in order.
    pub fn requests(&self) -> Vec<DialogRequest> {
        self.0.borrow().requests.clone()
    }
}

impl FileDialogs for ScriptedDialogs {
    fn request(&mut self, ctx: &egui::Context, request: DialogRequest) {
        let mut script = self.0.borrow_mut();
        script.requests.push(request.clone());
        let answer = script
            .answers
            .pop_front()
            .unwrap_or(DialogAnswer::Cancelled);
        script.pending.push_back((request, answer));
        ctx.request_repaint();
    }

    fn poll(&mut self) -> Option<(DialogRequest, DialogAnswer)> {
        self.0.borrow_mut().pending.pop_front()
    }

    fn is_busy(&self) -> bool {
        false
    }
}
