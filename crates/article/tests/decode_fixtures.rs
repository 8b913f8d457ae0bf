//! The decoding layer over the fixtures in `tests/fixtures/decode` (made by `make_fixtures.py`
//! there): each encoding and container gives the right encoding name, title, publish date and
//! story text, without the page furniture; what is not an article is refused with a plain
//! message.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use town_tracker_article::decode::{BinaryKind, DecodeError, Document, decode};
use town_tracker_article::{ArticleError, MAX_FILE_BYTES, Options, SourceFormat, WarningKind};

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/decode")
        .join(name)
}

fn decode_fixture(name: &str) -> Result<Document, DecodeError> {
    let bytes = std::fs::read(fixture_path(name)).expect("fixture exists");
    decode(&bytes, name)
}

fn decoded(name: &str) -> Document {
    decode_fixture(name).unwrap_or_else(|error| panic!("{name} should decode: {error}"))
}

fn date(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

fn assert_contains_all(document: &Document, name: &str, wanted: &[&str]) {
    for piece in wanted {
        assert!(
            document.text.contains(piece),
            "{name}: text lacks {piece:?}:\n{}",
            document.text
        );
    }
}

fn assert_contains_none(document: &Document, name: &str, unwanted: &[&str]) {
    for piece in unwanted {
        assert!(
            !document.text.contains(piece),
            "{name}: text has {piece:?}:\n{}",
            document.text
        );
    }
}

const QINGHE_TITLE: &str = "青禾镇全力冲刺项目建设“开门红”";
const QINGHE_STORY: &[&str] = &[
    "总投资12亿元的智能装备产业园项目现场机器轰鸣",
    "已于2023年11月20日封顶，力争6月底前竣工投产。",
    "计划投资3.5亿元的冷链物流中心项目已完成土建",
    "确保一季度新签约亿元以上项目2个，全年完成固定资产投资20亿元。",
];

#[test]
fn the_same_article_in_every_unicode_and_chinese_encoding() {
    let cases = [
        ("qinghe_utf8.txt", "UTF-8"),
        ("qinghe_utf8_bom.txt", "UTF-8"),
        ("qinghe_utf16le_bom.txt", "UTF-16LE"),
        ("qinghe_utf16be_bom.txt", "UTF-16BE"),
        ("qinghe_utf16le.txt", "UTF-16LE"),
        ("qinghe_utf16be.txt", "UTF-16BE"),
        ("qinghe_gbk.txt", "GBK"),
    ];
    let reference = decoded("qinghe_utf8.txt");
    for (name, encoding) in cases {
        let document = decoded(name);
        assert_eq!(document.encoding, encoding, "{name}");
        assert_eq!(document.format, SourceFormat::Text, "{name}");
        assert_eq!(document.title.as_deref(), Some(QINGHE_TITLE), "{name}");
        assert_eq!(document.published, date(2024, 3, 18), "{name}");
        assert!(
            document.warnings.is_empty(),
            "{name}: {:?}",
            document.warnings
        );
        assert_contains_all(&document, name, QINGHE_STORY);
        assert_eq!(document.text, reference.text, "{name}");
        assert!(!document.text.starts_with('\u{FEFF}'), "{name}");
    }
}

#[test]
fn gb18030_four_byte_characters() {
    let document = decoded("jian_gb18030.txt");
    assert_eq!(document.encoding, "GB18030");
    assert_eq!(
        document.title.as_deref(),
        Some("𠮷安镇生物医药产业园项目签约")
    );
    assert_eq!(document.published, date(2023, 6, 28));
    assert_contains_all(
        &document,
        "jian",
        &["𠮷安镇与海川药业集团正式签约", "总投资15亿元"],
    );
}

#[test]
fn big5_traditional_article() {
    let document = decoded("donglin_big5.txt");
    assert_eq!(document.encoding, "Big5");
    assert_eq!(
        document.title.as_deref(),
        Some("東林鎮新能源電池項目加快建設")
    );
    assert_eq!(document.published, date(2023, 9, 12));
    assert_contains_all(
        &document,
        "donglin",
        &[
            "東林鎮總投資18億元的新能源電池項目",
            "確保二季度新簽約5000萬元以上項目2個。",
        ],
    );
}

#[test]
fn pasted_page_loses_its_furniture_and_keeps_its_story() {
    let document = decoded("tongxi_pasted_page.txt");
    assert_eq!(
        document.title.as_deref(),
        Some("桐溪镇招商引资跑出“加速度”")
    );
    assert_eq!(document.published, date(2015, 4, 9));
    assert_contains_all(
        &document,
        "tongxi",
        &[
            "总投资4亿元的精密铸件项目已进场施工，力争年底前竣工投产。",
            "“上一条线索刚落地，下一条线索又来了。”",
            "下一步，桐溪镇将加快推进在谈的新材料",
            "发布时间：[2015-4-9]",
        ],
    );
    assert_contains_none(
        &document,
        "tongxi",
        &[
            "加入收藏",
            "设为首页",
            "文字大小",
            "关闭窗口",
            "打印此文",
            "上一条新闻",
            "评论内容",
            "验证码",
            "文明发言",
            "还没有评论",
            "版权所有",
            "ICP备",
            "\n|\n",
        ],
    );
    assert!(document.text.starts_with("桐溪镇招商引资跑出“加速度”\n"));
}

#[test]
fn old_gbk_page_with_layout_table_sidebar_and_comments() {
    let document = decoded("bailu_gbk.html");
    assert_eq!(document.encoding, "GBK");
    assert_eq!(document.format, SourceFormat::Html);
    assert_eq!(document.title.as_deref(), Some("白鹭镇三大项目加速推进"));
    assert_eq!(document.published, date(2014, 5, 22));
    assert!(document.warnings.is_empty(), "{:?}", document.warnings);
    assert_contains_all(
        &document,
        "bailu",
        &[
            "总投资2.8亿元的恒远纺织智能化改造项目新厂房已经封顶，正在进行设备调试，确保6月底前竣工投产。\n",
            "计划投资1.5亿元的绿源食品加工项目于4月中旬开工建设",
            "总投资6000万元的农产品冷链仓储项目已完成签约",
        ],
    );
    assert_contains_none(
        &document,
        "bailu",
        &[
            "江口镇十亿元化工新材料项目签约",
            "热点新闻",
            "石桥镇新建文化广场",
            "新闻中心",
            "招商引资",
            "当前位置",
            "加入收藏",
            "分享到",
            "上一篇",
            "北岸镇农民增收有新招",
            "网友评论",
            "抢沙发",
            "昵称",
            "版权所有",
            "苏ICP备",
            "人民路88号",
            "_hmt",
            "addFavorite",
            "document.write",
            "float: left",
        ],
    );
}

#[test]
fn modern_utf8_page_with_landmarks_and_open_graph() {
    let document = decoded("yunling_utf8.html");
    assert_eq!(document.encoding, "UTF-8");
    assert_eq!(
        document.title.as_deref(),
        Some("云岭镇新能源产业园首期项目开工")
    );
    assert_eq!(document.published, date(2025, 2, 8));
    assert_contains_all(
        &document,
        "yunling",
        &[
            "产业园总投资26亿元，由星河储能科技有限公司投资建设",
            "计划2026年6月底前竣工投产。\n为保障项目顺利推进",
            "确保一季度新签约10亿元以上项目1个",
        ],
    );
    assert_contains_none(
        &document,
        "yunling",
        &[
            "时政",
            "视频",
            "相关阅读",
            "石桥镇光伏项目并网发电",
            "江口镇化工园区",
            "希望项目早日投产",
            "关于我们",
            "版权所有",
            "统计代码",
            "font-family",
            "NewsArticle",
        ],
    );
}

#[test]
fn undeclared_gbk_page_with_br_paragraphs() {
    let document = decoded("hexi_undeclared_gbk.htm");
    assert_eq!(document.encoding, "GBK");
    assert_eq!(
        document.title.as_deref(),
        Some("河西镇：重点项目建设热火朝天")
    );
    assert_eq!(document.published, date(2021, 7, 10));
    let story_lines: Vec<&str> = document
        .text
        .lines()
        .filter(|line| line.contains("项目"))
        .collect();
    assert!(
        story_lines.len() >= 4,
        "paragraphs are lines:\n{}",
        document.text
    );
    assert_contains_all(
        &document,
        "hexi",
        &["总投资3.2亿元的精密轴承项目二期厂房", "力争年内签约落地。"],
    );
    assert_contains_none(
        &document,
        "hexi",
        &["网站首页", "通知公告", "主办单位", "技术支持"],
    );
}

#[test]
fn short_story_beside_a_long_headline_list() {
    let document = decoded("nanhu_links_utf8.html");
    assert_eq!(document.title.as_deref(), Some("南湖镇物流园项目开工"));
    assert_eq!(document.published, date(2022, 3, 16));
    assert_contains_all(
        &document,
        "nanhu",
        &[
            "南湖镇总投资5亿元的智慧物流园项目正式开工",
            "确保项目早建成、早见效。",
        ],
    );
    assert_contains_none(
        &document,
        "nanhu",
        &[
            "东港镇海上风电",
            "西塘镇纺织产业园",
            "计划投资3亿元",
            "要闻速递",
            "相关新闻",
            "南湖镇一季度招商引资成效明显",
            "网站地图",
            "版权所有",
            "手机版",
        ],
    );
}

#[test]
fn government_editor_page_with_a_data_table() {
    let document = decoded("xinqiao_gbk.html");
    assert_eq!(document.encoding, "GBK");
    assert_eq!(
        document.title.as_deref(),
        Some("新桥镇重点项目进展情况一览")
    );
    assert_eq!(document.published, date(2019, 11, 5));
    assert_contains_all(
        &document,
        "xinqiao",
        &[
            "全镇12个重点项目均按节点推进",
            "新桥精密模具产业园\n6亿元\n主体完工",
            "锦华新型建材项目\n2.4亿元\n设备调试",
            "确保精密模具产业园年底前竣工投产。",
        ],
    );
    assert_contains_none(
        &document,
        "xinqiao",
        &[
            "请输入关键字",
            "政务公开",
            "您现在的位置",
            "相关链接",
            "安全生产大检查",
            "备案号",
            "网站标识码",
        ],
    );
}

#[test]
fn bare_page_with_text_straight_in_the_body() {
    let document = decoded("beicun_bare_utf8.html");
    assert_eq!(document.title.as_deref(), Some("北村镇：纸箱厂项目开工"));
    assert_eq!(document.published, date(2020, 3, 2));
    assert_contains_all(
        &document,
        "beicun",
        &[
            "今年以来，北村镇项目建设提速。\n　　总投资2亿元的纸箱厂项目已经开工，力争年底前投产。\n　　该镇还将",
        ],
    );
    assert_contains_none(&document, "beicun", &["首页 | 新闻", "版权所有"]);
}

#[test]
fn docx_with_paragraphs_a_table_and_core_title() {
    let document = decoded("liutang.docx");
    assert_eq!(document.format, SourceFormat::Docx);
    assert_eq!(document.encoding, "UTF-8");
    assert_eq!(
        document.title.as_deref(),
        Some("柳塘镇一季度重点项目推进情况通报")
    );
    assert_eq!(document.published, date(2024, 4, 2));
    assert_contains_all(
        &document,
        "liutang",
        &[
            "柳塘镇2024年重点项目推进情况\n发布日期：2024年4月2日\n",
            "总投资9亿元的高端纸品项目主体厂房已经封顶，力争三季度竣工投产。",
            "项目名称\n总投资（亿元）\n推进情况\n",
            "汽车零部件项目\n3.5\n设备安装",
            "下一步，该镇将实行挂图作战",
        ],
    );
}

#[test]
fn docx_without_core_title_takes_its_first_paragraph() {
    let document = decoded("liutang_untitled.docx");
    assert_eq!(
        document.title.as_deref(),
        Some("柳塘镇2024年重点项目推进情况")
    );
    assert_eq!(document.published, date(2024, 4, 2));
}

#[test]
fn markdown_without_its_markup() {
    let document = decoded("songchuan.md");
    assert_eq!(document.format, SourceFormat::Markdown);
    assert_eq!(
        document.title.as_deref(),
        Some("松川镇文旅综合体项目签约落地")
    );
    assert_eq!(document.published, date(2025, 1, 6));
    assert_contains_all(
        &document,
        "songchuan",
        &[
            "松川镇与华景文旅集团正式签约，总投资8.6亿元的文旅综合体项目落户该镇。",
            "规划用地：320亩\n",
            "项目计划于2025年6月底前开工",
        ],
    );
    assert_contains_none(
        &document,
        "songchuan",
        &["#", "**", "](", "https://", "> ", "代码块", "- 规划"],
    );
}

/// Whether an error is the one expected.
type ErrorCheck = fn(&DecodeError) -> bool;

#[test]
fn what_is_not_an_article_is_refused() {
    let cases: [(&str, ErrorCheck); 6] = [
        ("empty.txt", |error| matches!(error, DecodeError::Empty)),
        ("photo.png", |error| {
            matches!(error, DecodeError::NotText(BinaryKind::Png))
        }),
        ("report.pdf", |error| {
            matches!(error, DecodeError::NotText(BinaryKind::Pdf))
        }),
        ("archive.zip", |error| {
            matches!(error, DecodeError::NotText(BinaryKind::ZipArchive))
        }),
        ("blob.bin", |error| {
            matches!(
                error,
                DecodeError::NotText(BinaryKind::Data) | DecodeError::Undecodable
            )
        }),
        ("truncated.docx", |error| {
            matches!(error, DecodeError::CorruptDocx { .. })
        }),
    ];
    for (name, expected) in cases {
        match decode_fixture(name) {
            Err(error) => assert!(expected(&error), "{name}: unexpected error {error:?}"),
            Ok(document) => panic!("{name} should be refused, got {document:?}"),
        }
    }
}

#[test]
fn refusals_speak_plainly() {
    let message = |name: &str| decode_fixture(name).expect_err("refused").to_string();
    assert_eq!(message("empty.txt"), "the file is empty");
    assert_eq!(
        message("photo.png"),
        "this file is a PNG image, not an article"
    );
    assert_eq!(
        message("archive.zip"),
        "this file is a zip archive that is not a Word document, not an article"
    );
    assert!(
        message("truncated.docx")
            .starts_with("this Word document (.docx) is damaged and cannot be opened: ")
    );
}

#[test]
fn too_large_in_memory_is_refused() {
    let size = usize::try_from(MAX_FILE_BYTES).expect("fits") + 1;
    let bytes = vec![b'a'; size];
    assert!(matches!(
        decode(&bytes, "big.txt"),
        Err(DecodeError::TooLarge { size: found, limit }) if found == MAX_FILE_BYTES + 1 && limit == MAX_FILE_BYTES
    ));
}

#[test]
fn too_large_on_disk_is_refused_unread() {
    let path = std::env::temp_dir().join(format!("town-tracker-decode-{}.txt", std::process::id()));
    let file = std::fs::File::create(&path).expect("temp file");
    file.set_len(MAX_FILE_BYTES + 1).expect("sparse length");
    let result = town_tracker_article::extract_file(&path, &Options::default());
    std::fs::remove_file(&path).expect("temp file removed");
    assert!(matches!(
        result,
        Err(ArticleError::Decode(DecodeError::TooLarge { .. }))
    ));
}

#[test]
fn whole_pipeline_carries_the_decoded_facts() {
    let bytes = std::fs::read(fixture_path("bailu_gbk.html")).expect("fixture exists");
    let extraction =
        town_tracker_article::extract_bytes(&bytes, "bailu_gbk.html", &Options::default())
            .expect("extracts");
    assert_eq!(extraction.id, "bailu_gbk");
    assert_eq!(extraction.encoding, "GBK");
    assert_eq!(extraction.format, SourceFormat::Html);
    assert_eq!(extraction.title.as_deref(), Some("白鹭镇三大项目加速推进"));
    assert_eq!(extraction.published, date(2014, 5, 22));
}

#[test]
fn a_mislabelled_page_is_read_right_and_flagged() {
    let bytes = std::fs::read(fixture_path("bailu_gbk.html")).expect("fixture exists");
    let page = encoding_rs::GBK
        .decode(&bytes)
        .0
        .replace("charset=gb2312", "charset=iso-8859-1");
    let relabelled = encoding_rs::GBK.encode(&page).0.into_owned();
    let document = decode(&relabelled, "bailu.html").expect("decodes");
    assert_eq!(document.encoding, "GBK");
    assert_eq!(document.title.as_deref(), Some("白鹭镇三大项目加速推进"));
    assert_eq!(document.warnings.len(), 1, "{:?}", document.warnings);
    assert_eq!(document.warnings[0].kind, WarningKind::EncodingGuess);
    assert!(document.warnings[0].span.is_none());
}
