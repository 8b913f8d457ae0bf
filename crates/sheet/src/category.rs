//! A project's category in a 推进表 (建设性质 / 项目类别, or a section row
//! "一、新开工项目"): 新开工 · 续建 · 竣工投产 · 预备 (前期).

/// Where a project stands in the year's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// 新开工: starts this year.
    NewStart,
    /// 续建: started before, building on.
    Continuing,
    /// 竣工投产: completes or starts production this year.
    CompletedInProduction,
    /// 预备 / 前期 / 储备: preparing, not yet started.
    Preparatory,
}

impl Category {
    /// The category a text names, if it names one of the four.
    pub fn named_in(text: &str) -> Option<Self> {
        if text.contains("续建") || text.contains("在建") {
            Some(Self::Continuing)
        } else if text.contains("竣工") || text.contains("投产") {
            Some(Self::CompletedInProduction)
        } else if text.contains("开工") {
            Some(Self::NewStart)
        } else if ["预备", "前期", "储备"]
            .iter()
            .any(|word| text.contains(word))
        {
            Some(Self::Preparatory)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_categories_and_their_other_names() {
        assert_eq!(Category::named_in("新开工"), Some(Category::NewStart));
        assert_eq!(Category::named_in("续建"), Some(Category::Continuing));
        assert_eq!(
            Category::named_in("竣工投产"),
            Some(Category::CompletedInProduction)
        );
        assert_eq!(Category::named_in("预备项目"), Some(Category::Preparatory));
        assert_eq!(Category::named_in("前期"), Some(Category::Preparatory));
        assert_eq!(Category::named_in("新建"), None);
    }
}
