//! `--screenshot PATH`: once the window has settled (a few frames in, fonts loaded), ask egui
//! for a screenshot of the viewport, write it as a PNG, and close the window. The outcome is
//! shared with `main` so it can exit non-zero when the picture could not be written.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use eframe::egui::{self, ColorImage};

/// Frames drawn before the screenshot is taken, so layout and fonts have settled.
const SETTLE_FRAMES: u32 = 5;

/// The result of a screenshot job: `None` while pending.
pub type ScreenshotOutcome = Arc<Mutex<Option<Result<(), String>>>>;

pub struct ScreenshotJob {
    path: PathBuf,
    frames: u32,
    requested: bool,
    outcome: ScreenshotOutcome,
}

impl ScreenshotJob {
    pub fn new(path: PathBuf) -> (Self, ScreenshotOutcome) {
        let outcome = ScreenshotOutcome::default();
        (
            ScreenshotJob {
                path,
                frames: 0,
                requested: false,
                outcome: outcome.clone(),
            },
            outcome,
        )
    }

    /// Called once per frame, after drawing.
    pub fn on_frame(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        let finished = self
            .outcome
            .lock()
            .map(|outcome| outcome.is_some())
            .unwrap_or(true);
        if finished {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if self.frames >= SETTLE_FRAMES && !self.requested {
            self.requested = true;
            let path = self.path.clone();
            let outcome = self.outcome.clone();
            let waker = ctx.clone();
            ctx.request_screenshot(move |image| {
                let result = write_png(&path, &image);
                if let Ok(mut slot) = outcome.lock() {
                    *slot = Some(result);
                }
                waker.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}

/// Writes an egui image as an 8-bit RGBA PNG.
pub fn write_png(path: &Path, image: &ColorImage) -> Result<(), String> {
    let describe = |error: &dyn std::fmt::Display| format!("{}: {error}", path.display());
    let [width, height] = image.size;
    let file = std::fs::File::create(path).map_err(|e| describe(&e))?;
    let mut encoder = png::Encoder::new(
        std::io::BufWriter::new(file),
        u32::try_from(width).map_err(|e| describe(&e))?,
        u32::try_from(height).map_err(|e| describe(&e))?,
    );
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| describe(&e))?;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|pixel| pixel.to_srgba_unmultiplied())
        .collect();
    writer.write_image_data(&bytes).map_err(|e| describe(&e))?;
    writer.finish().map_err(|e| describe(&e))
}
