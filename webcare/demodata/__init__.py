"""Made-up data for demonstrations, screenshots, benchmarks and tests (`webcare demo-data`).

`sample` writes a small varied inbox through the ORM; `bulk` writes millions of rows at once;
`texts` makes the Dutch texts both use.
"""
