"""Benchmarks: each prints the product's figure beside a raw baseline measured in the same run (DESIGN.md).

``python -m bench`` runs all, ``python -m bench NAME`` one; generated files go to ``bench/out/``.
"""
