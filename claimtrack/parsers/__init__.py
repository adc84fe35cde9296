"""Pure-text parsers: no spaCy, only text, regexes and the data tables in claimtrack/data/.

Ingest and the cache path use them without loading the model; the spaCy components in
claimtrack/pipeline/ call them and add what needs the parse.

- `lexicon`: the one table of month, weekday, ordinal and number words (from data/dates.json
  and data/numbers.json) that every other module reads.
- `scan`: regex scans that try a pattern only where a match can begin.
- numbers: `number_tables` (the compiled tables), `number_words` ("two and a half million"),
  `amounts` (one number with its scale, currency or percent), `numbers` (`find_expressions`:
  ranges, bounds, qualifiers, fractions of a unit; `parse_number`).
- dates: `days` (calendar arithmetic and holidays), `date_patterns` (the regexes),
  `date_candidates` (every reading of every pattern, in order), its readings `date_calendar`
  (dates named on the calendar) and `date_relative` (dates counted from another day) and what
  they share `date_context`, `dates` (`find_dates`: choosing, joining and resolving), `published`
  (publication dates: `normalise_published`, `find_dateline`).
"""
