#!/usr/bin/env python3
"""The reference the README's speed claim is measured against: JioNLP's money and time
extraction (the two passes of a general Chinese NLP toolkit closest to what the article
engine's amount and date grammars do) over every article of ../shared/articles.

    pip install jionlp
    python3 crates/article/benches/jionlp_money_time.py ../shared/articles

Prints the mean time per article of money + time extraction alone (no units, projects,
statuses or decoding), the best of five rounds after a warm-up round.
"""
import os
import sys
import time

import jionlp.algorithm.ner as ner


def main(folder):
    texts = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                texts.append(f.read())
    money = ner.MoneyExtractor()
    when = ner.TimeExtractor()
    base = time.mktime((2025, 4, 15, 0, 0, 0, 0, 0, 0))

    def one_round():
        start = time.perf_counter()
        for text in texts:
            money(text, with_parsing=True)
            when(text, time_base=base, with_parsing=True)
        return time.perf_counter() - start

    one_round()
    best = min(one_round() for _ in range(5))
    print(f"{len(texts)} articles, {sum(map(len, texts))} characters")
    print(f"JioNLP money+time: {best:.3f} s per round, {1000 * best / len(texts):.2f} ms per article")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/articles")
