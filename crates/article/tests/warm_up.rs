//! `warm_up` on a thread of its own, as the app runs it at start-up, while an article is read
//! on another: both finish, and the article reads exactly as it does once everything is loaded.

use std::path::Path;

use town_tracker_article::{Options, extract_file, warm_up};

#[test]
fn an_article_read_while_the_engine_warms_up_reads_as_after() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/seed.txt");
    let warming = std::thread::spawn(warm_up);
    let during = extract_file(&seed, &Options::default()).expect("the seed extracts");
    warming.join().expect("warm_up does not panic");
    warm_up();
    let after = extract_file(&seed, &Options::default()).expect("the seed extracts");
    assert_eq!(during, after);
    assert_eq!(during.projects.len(), 12);
}
