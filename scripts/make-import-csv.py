#!/usr/bin/env python3
"""Writes a CSV of N customers for the import speed check: python3 scripts/make-import-csv.py 1000000 out.csv"""
import random
import sys

GIVEN = ["Núria", "Jordi", "राजेश", "प्रिया", "రవి", "లక్ష్మి", "عائشہ", "سیف‌اللہ", "Anna", "Tom", "Seán", "Aisha"]
FAMILY = ["Puigdomènech", "Vilà", "शर्मा", "वर्मा", "రెడ్డి", "తేజ", "صدیقی", "خان", "Smith", "Baker", "Ó Briain"]
COUNTRY = [("IN", "+91 9{:09d}"), ("PK", "+92 3{:09d}"), ("ES", "+34 6{:08d}"), ("GB", "+44 7{:09d}")]


def main():
    n, path = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(14)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Given name,Family name,Phone,Country,E-mail,Tags\n")
        for i in range(n):
            country, pattern = COUNTRY[i % len(COUNTRY)]
            g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
            out.write(f"{g},{f},{pattern.format(i)},{country},c{i}@example.org,{'VIP' if i % 10 == 0 else ''}\n")


if __name__ == "__main__":
    main()
