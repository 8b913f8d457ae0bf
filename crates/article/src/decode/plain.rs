//! Plain text: the lines as they are, less the web page furniture of pasted pages. The title
//! and the date line are found by the caller from the text itself.

use super::Content;
use super::boilerplate::strip_boilerplate;
use super::tidy::{even_blank_lines, tidy_lines};

/// Reads a plain-text article.
pub fn read(text: &str) -> Content {
    Content {
        text: even_blank_lines(&strip_boilerplate(&tidy_lines(text))),
        title: None,
        published: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_page_furniture_goes_and_the_story_stays() {
        let content = read(
            "|\r\n|\r\n柳湾镇抓项目促发展\r\n|\r\n　　进入今年，柳湾镇把项目建设放在首位。\r\n(版权所有 不得转载)\r\n[关闭窗口] |\r\n",
        );
        assert_eq!(
            content.text,
            "柳湾镇抓项目促发展\n　　进入今年，柳湾镇把项目建设放在首位。"
        );
    }
}
