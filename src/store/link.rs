//! A ledger reached through a symbolic link: the link is followed to the real file once, when
//! the ledger is opened, so that the lock, the backup, the temporary file and the rename of
//! every save happen beside the real file — and the link itself stays a link.

use std::fs;
use std::path::{Path, PathBuf};

/// Links followed before giving up (the limit Linux itself uses); a longer chain is left to
/// fail when it is read, with the system's own "too many levels of symbolic links".
const MAX_HOPS: usize = 40;

/// The file `path` finally names: itself when it is not a link, else the link's target,
/// followed link after link (relative targets are taken from the link's folder). A link
/// whose target does not exist yet resolves to that target, where the ledger will be created.
pub fn real_file(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_HOPS {
        let is_link = fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return current;
        }
        let Ok(target) = fs::read_link(&current) else {
            return current;
        };
        current = match current.parent() {
            Some(folder) => folder.join(target),
            None => target,
        };
    }
    path.to_path_buf()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn follows_chains_of_relative_and_absolute_links() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("real")).unwrap();
        let real = dir.path().join("real/ledger.ron");
        fs::write(&real, "x").unwrap();
        symlink("real/ledger.ron", dir.path().join("one.ron")).unwrap();
        symlink(dir.path().join("one.ron"), dir.path().join("two.ron")).unwrap();
        assert_eq!(real_file(&dir.path().join("two.ron")), real);
        assert_eq!(real_file(&real), real);
        let plain = dir.path().join("plain.ron");
        assert_eq!(real_file(&plain), plain);
    }

    #[test]
    fn a_dangling_link_names_where_the_ledger_will_be() {
        let dir = tempfile::tempdir().unwrap();
        symlink("later.ron", dir.path().join("link.ron")).unwrap();
        assert_eq!(
            real_file(&dir.path().join("link.ron")),
            dir.path().join("later.ron")
        );
    }

    #[test]
    fn a_loop_is_left_to_fail_when_read() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.ron");
        symlink("b.ron", &a).unwrap();
        symlink("a.ron", dir.path().join("b.ron")).unwrap();
        assert_eq!(real_file(&a), a);
    }
}
