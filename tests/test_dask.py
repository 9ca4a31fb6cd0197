# mypy: disallow-untyped-calls=False
"""namefold.dask on a real Dask cluster: the in-process result, whatever the partitions, and
whatever happens to a worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import dask.dataframe as dd
import distributed
import pandas as pd
import pytest
from conftest import read_tsv

import namefold
import namefold.dask as nfd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from workload import generator  # type: ignore[import-not-found]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
    )
    with distributed.Client(cluster) as found:
        yield found
    cluster.close()
    # distributed keeps one "Dask-Offload" thread for the process's life; later tests expect a
    # process of one thread (namefold pauses the collector only then: engine/gcpause.py)
    distributed.utils._offload_executor.shutdown(wait=True)


def _values(column: pd.Series) -> list[object]:
    return [None if not isinstance(x, str) and pd.isna(x) else x for x in column.tolist()]


def _same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    assert list(got.columns) == list(want.columns)
    assert got.index.tolist() == want.index.tolist()
    for column in want.columns:
        assert _values(got[column]) == _values(want[column]), column


def _frames() -> dict[str, tuple[pd.DataFrame, str | None, str | None]]:
    seed = pd.DataFrame(read_tsv("seed_mentions.tsv")).rename(columns={"person": "truth"})
    cross = pd.DataFrame(read_tsv("cross_language.tsv")).rename(columns={"person": "truth"})
    analysts = pd.read_csv(Path(__file__).resolve().parent.parent / "fixtures" / "analysts.csv")
    return {
        "seed": (seed.rename(columns={"mention": "name"}), "doc", None),
        "cross": (cross, None, None),
        "analysts": (analysts, None, "order"),
    }


@pytest.mark.parametrize("which", ["seed", "cross", "analysts"])
@pytest.mark.parametrize("partitions", [1, 3, 17])
def test_the_cluster_gives_the_in_process_result(
    client: distributed.Client, which: str, partitions: int
) -> None:
    frame, source, order = _frames()[which]
    want = namefold.resolve_frame(frame, source=source, order=order)
    got = nfd.resolve(dd.from_pandas(frame, npartitions=partitions), source=source, order=order).compute()
    _same(got, want)


def test_a_name_parsed_in_partitions_of_other_orders(client: distributed.Client) -> None:
    """Each partition parses its names in their first order there; the resolution reads a name
    in its first order of all rows, whichever partition parsed it in that order, if any."""
    frame = pd.DataFrame(
        {
            "name": [
                "Wang Wei",
                "Wei Wang",
                "Mr Wang Wei",
                "Wang Wei",
                "Wei Wang",
                "Wang Wei",
                "Mr Wang Wei",
            ],
            "order": [
                None,
                "family-first",
                None,
                "family-first",
                "given-first",
                "given-first",
                "family-first",
            ],
        }
    )
    want = namefold.resolve_frame(frame, order="order")
    for partitions in (1, 2, 3, 7):
        got = nfd.resolve(dd.from_pandas(frame, npartitions=partitions), order="order").compute()
        _same(got, want)
    assert want["person"].nunique() == 2  # Wei Wang read family-first: surname Wei


def test_a_benchmark_workload_of_100000_names(client: distributed.Client) -> None:
    names, _ = generator("world")(100_000, seed=0)
    frame = pd.DataFrame({"name": names, "row": range(len(names))})
    want = namefold.resolve_frame(frame)
    got = nfd.resolve(dd.from_pandas(frame, npartitions=17)).compute()
    _same(got, want)


def test_a_worker_killed_mid_run_changes_nothing(client: distributed.Client) -> None:
    frame, source, order = _frames()["cross"]
    big = pd.concat([frame] * 40, ignore_index=True)
    want = namefold.resolve_frame(big, source=source, order=order)
    pids = client.run(os.getpid)
    future = client.compute(nfd.resolve(dd.from_pandas(big, npartitions=8), source=source, order=order))
    time.sleep(0.3)
    os.kill(next(iter(pids.values())), signal.SIGKILL)
    _same(future.result(timeout=300), want)
    assert set(client.run(os.getpid).values()) != set(pids.values())  # a worker was replaced


def test_stage_tasks_are_named(client: distributed.Client) -> None:
    """The dashboard shows each stage by name: per partition, one spellings task, one that takes
    its people out of the resolution, and one join task."""
    frame, _, _ = _frames()["cross"]
    graph = dict(nfd.resolve(dd.from_pandas(frame, npartitions=3)).__dask_graph__())
    keys = [str(key) for key in graph if str(key).startswith("namefold-")]
    stages = sorted("-".join(key.split("-")[:2]) for key in keys)
    assert stages == (
        ["namefold-join"] * 3 + ["namefold-people"] * 3 + ["namefold-resolve"] + ["namefold-spellings"] * 3
    )


def test_a_bad_row_is_named_when_computed(client: distributed.Client) -> None:
    frame = pd.DataFrame(
        {"name": ["Viktar Babaryka", "Eduard Babaryka"], "how": ["auto", "sideways"]}, index=["a", "b"]
    )
    with pytest.raises(namefold.ConfigError, match="column 'how', row 'b'"):
        nfd.resolve(dd.from_pandas(frame, npartitions=1), order="how").compute(scheduler="sync")
    with pytest.raises(TypeError, match="must be a dask DataFrame"):
        nfd.resolve(frame)
    with pytest.raises(namefold.ConfigError, match="columns"):
        nfd.resolve(dd.from_pandas(frame, npartitions=1), name="nom")


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "namefold", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def test_the_command_line_on_dask_writes_what_it_writes_without(tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "doc,name,order\nd1,Viktar Babaryka,\nd1,Babaryka,\nd2,Eduard Babaryka,\n"
        "d3,Wei Wang,family-first\nd4,Wang Wei,family-first\nd5,,\n",
        encoding="utf-8",
    )
    plain = _cli(
        "resolve", "people.csv", "--source", "doc", "--order-column", "order", "--format", "csv", cwd=tmp_path
    )
    on_dask = _cli(
        "resolve",
        "people.csv",
        "--source",
        "doc",
        "--order-column",
        "order",
        "--format",
        "csv",
        "--dask",
        "local",
        cwd=tmp_path,
    )
    assert plain.returncode == on_dask.returncode == 0, on_dask.stderr
    assert on_dask.stdout == plain.stdout
    assert on_dask.stdout.count("\n") == 7  # the header and every row


def test_the_command_line_names_an_unreachable_scheduler(tmp_path: Path) -> None:
    (tmp_path / "names.txt").write_text("Viktar Babaryka\n", encoding="utf-8")
    done = _cli("resolve", "names.txt", "--dask", "tcp://127.0.0.1:9", "--format", "csv", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("namefold: error: --dask tcp://127.0.0.1:9: cannot reach the scheduler")
    assert done.stderr.count("\n") == 1
    table = _cli("resolve", "names.txt", "--dask", "local", "--format", "table", cwd=tmp_path)
    assert (table.returncode, table.stderr) == (
        2,
        "namefold: error: --dask writes rows: use --format jsonl, json or csv\n",
    )


def test_a_bag_of_names_and_lists_of_files(tmp_path: Path) -> None:
    """A bag of names is a frame of one column, name; files are read by their suffix."""
    import dask.bag as db

    frame, _, _ = _frames()["cross"]
    frame = frame[["name", "form"]]
    want = namefold.resolve_frame(frame)
    bag = nfd.resolve(db.from_sequence(frame["name"].tolist(), npartitions=4)).compute(scheduler="sync")
    assert _values(bag["person"]) == _values(want["person"])
    halves = [frame.iloc[: len(frame) // 2], frame.iloc[len(frame) // 2 :]]
    for suffix, write in (
        (".csv", lambda part, path: part.to_csv(path, index=False)),
        (".jsonl", lambda part, path: part.to_json(path, orient="records", lines=True, force_ascii=False)),
        (".parquet", lambda part, path: part.to_parquet(path, index=False)),
    ):
        paths = [tmp_path / f"part{i}{suffix}" for i in range(2)]
        for part, path in zip(halves, paths, strict=True):
            write(part, path)
        got = nfd.resolve(paths).compute(scheduler="sync")
        assert _values(got["person"]) == _values(want["person"]), suffix
        assert _values(got["form"]) == _values(want["form"]), suffix
    with pytest.raises(ValueError, match="files must all be"):
        nfd.resolve([tmp_path / "part0.csv", tmp_path / "part0.parquet"])
