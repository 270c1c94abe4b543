"""The postcode table: import (streamed, batched, swapped in atomically) and lookup.

An import fills a staging table beside the live one, batch by batch (SQLite: executemany into
the clustered table, committed per batch so that the inbox's own writes go on in between;
PostgreSQL: COPY, then the primary key built once at the end), then `swap` replaces the live
table with it in one short transaction together with the import's record: a lookup sees the
previous year or the new one, never a mix, and a failed import leaves the previous year alone.
Memory stays bounded by the batch size, whatever the size of the file.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, Table, select, text
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable

from webcare.desk import Progress
from webcare.residents.errors import PostcodeFileError
from webcare.residents.postcode_file import (
    CBS_REQUIRED,
    AreaRow,
    BadRow,
    area_rows,
    columns,
    coordinate_rows,
    open_csv,
)
from webcare.storage.models import PostcodeArea, PostcodeImport

STAGING = "postcode_areas_import"
BATCH = 20_000
SOURCE_CBS = "cbs_pc6hnr"
AREA_COLUMNS = "postcode, huisnummer, huisletter, toevoeging, buurtcode, wijkcode, gemeentecode"


@dataclass
class StagedImport:
    """What `stage` read: the year, the rows kept, and the lines skipped (the first of them)."""

    year: int
    file_name: str
    rows: int = 0
    skipped: int = 0
    duplicates: int = 0
    with_coordinates: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)


@dataclass(frozen=True)
class PostcodeHit:
    """Where an address lies: CBS buurt, wijk and gemeente of the division `year`."""

    postcode: str
    huisnummer: int
    huisletter: str
    toevoeging: str
    buurtcode: str
    wijkcode: str
    gemeentecode: str
    year: int
    source: str
    lat: float | None = None
    lon: float | None = None
    rd_x: float | None = None
    rd_y: float | None = None


@dataclass(frozen=True)
class TableInfo:
    """The live table: its year and source, how many rows, when and from which file."""

    year: int
    source: str
    file_name: str
    rows: int
    skipped: int
    with_coordinates: int
    imported_at: datetime


def _size(path: Path | None) -> int:
    return os.path.getsize(path) if path is not None and path.exists() else 0


def stage(
    engine: Engine,
    path: Path,
    *,
    coordinates: Path | None = None,
    year: int | None = None,
    progress: Progress,
) -> StagedImport:
    """Read `path` (and `coordinates`) into the staging table; the live table is untouched.

    Raises:
        PostcodeFileError: the file cannot be read, or its header is not a CBS header.
    """
    counted, reader = open_csv(path)
    try:
        try:
            header = next(reader)
        except StopIteration:
            raise PostcodeFileError(f"{path.name} is empty") from None
        found = columns(header, CBS_REQUIRED)
        division = year or found.year
        if division is None:
            raise PostcodeFileError("the header names no year (Buurt2024 …): give --year")
        staged = StagedImport(division, path.name)
        total = _size(path) + _size(coordinates)
        counts: dict[str, int] = {}
        rows = area_rows(reader, found, staged.bad_rows, counts)
        raw = engine.raw_connection()
        try:
            loader = _load_postgresql if engine.dialect.name == "postgresql" else _load_sqlite
            loader(raw, rows, staged, lambda: progress(counted.done, total))
            if coordinates is not None:
                _coordinates(
                    raw, engine.dialect.name, coordinates, staged, counted.done, total, progress
                )
            raw.commit()
        except BaseException:
            raw.rollback()
            _drop_staging(raw)
            raise
        finally:
            raw.close()
        staged.skipped = counts.get("bad", 0) + staged.duplicates
        return staged
    finally:
        counted.close()


def _staging_ddl(engine_dialect: Any) -> str:
    table = PostcodeArea.__table__
    assert isinstance(table, Table)
    staging = table.to_metadata(MetaData(), name=STAGING)
    return str(CreateTable(staging).compile(dialect=engine_dialect))


def _drop_staging(raw: Any) -> None:
    cursor = raw.cursor()
    cursor.execute(f"DROP TABLE IF EXISTS {STAGING}")
    cursor.close()
    raw.commit()


def _batches(rows: Iterator[tuple[int, AreaRow]], staged: StagedImport) -> Iterator[list[AreaRow]]:
    """Rows in batches; a repeated address right after itself is reported by line."""
    previous: tuple[str, int, str, str] | None = None
    while True:
        batch: list[AreaRow] = []
        for line, row in itertools.islice(rows, BATCH):
            key = row[:4]
            if key == previous:
                staged.duplicates += 1
                if len(staged.bad_rows) < 1000:
                    staged.bad_rows.append(BadRow(line, "duplicate", f"{row[0]} {row[1]}"))
                continue
            previous = key
            batch.append(row)
        if not batch:
            return
        yield batch


def _load_sqlite(
    raw: Any, rows: Iterator[tuple[int, AreaRow]], staged: StagedImport, report: Any
) -> None:
    _drop_staging(raw)
    cursor = raw.cursor()
    cursor.execute(_staging_ddl(_sqlite_dialect()))
    raw.commit()
    insert = f"INSERT OR IGNORE INTO {STAGING} ({AREA_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
    driver = raw.driver_connection
    for batch in _batches(rows, staged):
        before = driver.total_changes
        cursor.executemany(insert, batch)
        raw.commit()  # one batch at a time: other writers get the database in between
        added = driver.total_changes - before
        staged.rows += added
        staged.duplicates += len(batch) - added
        report()
    cursor.close()


def _sqlite_dialect() -> Any:
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()


def _load_postgresql(
    raw: Any, rows: Iterator[tuple[int, AreaRow]], staged: StagedImport, report: Any
) -> None:
    cursor = raw.driver_connection.cursor()
    cursor.execute(f"DROP TABLE IF EXISTS {STAGING}")
    cursor.execute(f"CREATE TABLE {STAGING} (LIKE postcode_areas INCLUDING DEFAULTS)")
    for batch in _batches(rows, staged):
        with cursor.copy(f"COPY {STAGING} ({AREA_COLUMNS}) FROM STDIN") as copy:
            for row in batch:
                copy.write_row(row)
        staged.rows += len(batch)
        report()
    # The index is built once, after the rows are in: far faster than row by row.
    key = "postcode, huisnummer, huisletter, toevoeging"
    cursor.execute("SAVEPOINT primary_key")
    try:
        cursor.execute(f"ALTER TABLE {STAGING} ADD CONSTRAINT pk_{STAGING} PRIMARY KEY ({key})")
    except Exception:  # duplicates further apart than one line: keep the first of each
        cursor.execute("ROLLBACK TO SAVEPOINT primary_key")
        cursor.execute(
            f"DELETE FROM {STAGING} a USING {STAGING} b WHERE a.ctid > b.ctid AND "
            + " AND ".join(f"a.{c} = b.{c}" for c in key.split(", "))
        )
        removed = cursor.rowcount
        staged.rows -= removed
        staged.duplicates += removed
        cursor.execute(f"ALTER TABLE {STAGING} ADD CONSTRAINT pk_{STAGING} PRIMARY KEY ({key})")
    cursor.close()


def _coordinates(
    raw: Any,
    dialect: str,
    path: Path,
    staged: StagedImport,
    offset: int,
    total: int,
    progress: Progress,
) -> None:
    """Add lat/lon and RD x/y by postcode and house number (the CBS table has no letters)."""
    counted, reader = open_csv(path)
    try:
        header = next(reader, None)
        if header is None:
            raise PostcodeFileError(f"{path.name} is empty")
        found = columns(header, ("postcode", "huisnummer"))
        if not {"lat", "lon"} <= found.index.keys() and not {"rd_x", "rd_y"} <= found.index.keys():
            raise PostcodeFileError("the coordinates file has neither lat/lon nor x/y columns")
        counts: dict[str, int] = {}
        marker = "%s" if dialect == "postgresql" else "?"
        update = (
            f"UPDATE {STAGING} SET lat = {marker}, lon = {marker}, rd_x = {marker}, "
            f"rd_y = {marker} WHERE postcode = {marker} AND huisnummer = {marker}"
        )
        cursor = raw.cursor()
        rows = coordinate_rows(reader, found, staged.bad_rows, counts)
        while batch := list(itertools.islice(rows, BATCH)):
            cursor.executemany(update, [(a, b, c, d, pc, hn) for pc, hn, a, b, c, d in batch])
            staged.with_coordinates += len(batch)
            progress(offset + counted.done, total)
        cursor.close()
        staged.skipped += counts.get("bad", 0)
    finally:
        counted.close()


def swap(session: Session, staged: StagedImport, *, by: str, now: datetime) -> None:
    """Make the staging table the live one, in the caller's transaction, with its record."""
    with_coordinates = 0
    if staged.with_coordinates:
        with_coordinates = session.execute(
            text(f"SELECT count(*) FROM {STAGING} WHERE lat IS NOT NULL OR rd_x IS NOT NULL")
        ).scalar_one()
    # The record first: on SQLite that write opens the transaction the DDL then runs in.
    session.add(
        PostcodeImport(
            indeling_jaar=staged.year,
            source=SOURCE_CBS,
            file_name=staged.file_name[:200],
            rows=staged.rows,
            skipped=staged.skipped,
            with_coordinates=with_coordinates,
            imported_at=now,
            imported_by=by,
        )
    )
    session.flush()
    connection = session.connection()
    connection.exec_driver_sql("DROP TABLE postcode_areas")
    connection.exec_driver_sql(f"ALTER TABLE {STAGING} RENAME TO postcode_areas")
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            f"ALTER TABLE postcode_areas RENAME CONSTRAINT pk_{STAGING} TO pk_postcode_areas"
        )


def discard(engine: Engine) -> None:
    """Drop a staging table left by an import that did not finish."""
    raw = engine.raw_connection()
    try:
        _drop_staging(raw)
    finally:
        raw.close()


def table_info(session: Session) -> TableInfo | None:
    """The live table's import record, or None before the first import."""
    row = session.scalars(
        select(PostcodeImport).order_by(PostcodeImport.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    return TableInfo(
        year=row.indeling_jaar,
        source=row.source,
        file_name=row.file_name,
        rows=row.rows,
        skipped=row.skipped,
        with_coordinates=row.with_coordinates,
        imported_at=row.imported_at,
    )


def lookup(
    session: Session, postcode: str, huisnummer: int, huisletter: str = "", toevoeging: str = ""
) -> PostcodeHit | None:
    """The area of an address: the exact letter and addition, else the house number's own.

    Arguments are normalised already (`webcare.residents.validation`).
    """
    info = table_info(session)
    if info is None:
        return None
    base = select(PostcodeArea).where(
        PostcodeArea.postcode == postcode, PostcodeArea.huisnummer == huisnummer
    )
    found = session.scalars(
        base.where(PostcodeArea.huisletter == huisletter, PostcodeArea.toevoeging == toevoeging)
    ).first()
    if found is None:
        found = session.scalars(
            base.order_by(PostcodeArea.huisletter, PostcodeArea.toevoeging).limit(1)
        ).first()
    if found is None:
        return None
    return PostcodeHit(
        postcode=found.postcode,
        huisnummer=found.huisnummer,
        huisletter=found.huisletter,
        toevoeging=found.toevoeging,
        buurtcode=found.buurtcode,
        wijkcode=found.wijkcode,
        gemeentecode=found.gemeentecode,
        year=info.year,
        source=info.source,
        lat=found.lat,
        lon=found.lon,
        rd_x=found.rd_x,
        rd_y=found.rd_y,
    )
