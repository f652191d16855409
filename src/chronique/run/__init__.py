"""Runners: who applies the per-article pipeline, where, in what batches.

A runner implements :class:`~chronique.run.base.Runner` (``map(pipeline, articles)``) and is
registered by name in :data:`chronique.registry.runners`. Stages never see the runner.
"""
