//! Reading office files back in tests: a part of a zip package (.xlsx, .docx) as text, and
//! the elements of its XML with their attributes and the text inside them.

#![allow(dead_code, reason = "each test file uses the helpers it needs")]

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use quick_xml::events::Event;

pub fn read_entry(path: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Every element of an XML text: its name, attributes and the text inside it.
pub struct Element {
    pub name: String,
    pub attributes: BTreeMap<String, String>,
    pub text: String,
}

pub fn elements(xml: &str) -> Vec<Element> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut done, mut open): (Vec<Element>, Vec<Element>) = (Vec::new(), Vec::new());
    let element = |e: &quick_xml::events::BytesStart| Element {
        name: String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
        attributes: e
            .attributes()
            .map(Result::unwrap)
            .map(|a| {
                (
                    String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .unwrap()
                        .into_owned(),
                )
            })
            .collect(),
        text: String::new(),
    };
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => open.push(element(&e)),
            Event::Empty(e) => done.push(element(&e)),
            Event::Text(t) => {
                let text = t.decode().unwrap();
                open.iter_mut().for_each(|e| e.text.push_str(&text));
            }
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap().into_owned();
                let text = match r.resolve_char_ref().unwrap() {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap()
                        .to_string(),
                };
                open.iter_mut().for_each(|e| e.text.push_str(&text));
            }
            Event::End(_) => done.push(open.pop().unwrap()),
            Event::Eof => break,
            _ => {}
        }
    }
    done
}

pub fn named<'a>(elements: &'a [Element], name: &str) -> Vec<&'a Element> {
    elements.iter().filter(|e| e.name == name).collect()
}

pub fn attribute<'a>(element: &'a Element, name: &str) -> &'a str {
    element.attributes.get(name).map_or("", String::as_str)
}

/// The texts of a .docx's paragraphs, in order, empty ones left out.
pub fn docx_paragraphs(path: &Path) -> Vec<String> {
    named(&elements(&read_entry(path, "word/document.xml")), "w:p")
        .iter()
        .map(|p| p.text.clone())
        .filter(|t| !t.is_empty())
        .collect()
}
