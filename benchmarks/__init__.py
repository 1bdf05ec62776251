"""TMDBFusion's benchmark suite: `nox -s bench` or `python -m benchmarks [--quick]`."""
