//! The window icon, decoded from `assets/icon.png` (drawn by `assets/make_icon.py`).

use eframe::egui::IconData;

const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// The icon as RGBA pixels, or `None` if it cannot be decoded.
pub fn app_icon() -> Option<IconData> {
    let mut reader = png::Decoder::new(std::io::Cursor::new(ICON_PNG))
        .read_info()
        .ok()?;
    let mut rgba = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut rgba).ok()?;
    if info.color_type != png::ColorType::Rgba || info.bit_depth != png::BitDepth::Eight {
        return None;
    }
    rgba.truncate(info.buffer_size());
    Some(IconData {
        rgba,
        width: info.width,
        height: info.height,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_decodes() {
        let icon = super::app_icon().expect("the bundled icon decodes");
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
    }
}
