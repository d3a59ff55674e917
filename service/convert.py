"""CTranslate2 conversions of transformers models, made once and cached on disk.

A converted model is a folder in the cache named after the source model's fingerprint and the
quantization, so a changed model is converted again and an unchanged one never is. Workers that
start together take a file lock: one converts, the others wait and reuse its result.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# Files whose size and modification time identify a model folder's weights and configuration.
_FINGERPRINT_GLOBS = ("*.json", "*.safetensors", "*.bin", "*.model", "*.txt")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "precis"


def folder_fingerprint(model_dir: Path) -> str:
    """A cheap identity of a model folder: names, sizes and modification times of its files (hashing
    a 1 GB checkpoint at every worker start would cost seconds)."""
    digest = hashlib.sha256()
    for pattern in _FINGERPRINT_GLOBS:
        for path in sorted(model_dir.glob(pattern)):
            stat = path.stat()
            digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def converted(model_dir: Path, fingerprint: str, quantization: str, cache_dir: Path) -> Path:
    """The CTranslate2 folder for ``model_dir`` at ``quantization``, converting it on first use."""

    def convert(folder: Path) -> None:
        from ctranslate2.converters import TransformersConverter

        log.info("converting model to CTranslate2", extra={"model": str(model_dir), "quantization": quantization})
        TransformersConverter(str(model_dir), load_as_float16=False).convert(str(folder), quantization=quantization,
                                                                             force=True)

    return _made_once(cache_dir / f"ct2-{fingerprint[:20]}-{quantization}", "model.bin", convert)


def _made_once(target: Path, marker: str, make: Callable[[Path], None]) -> Path:
    """``target``, made by ``make`` into a scratch folder on first use and renamed into place (atomic:
    readers see a whole folder or none). Workers that start together take a file lock: one makes it,
    the others wait and reuse it. ``marker`` is the file whose presence says the folder is whole."""
    if (target / marker).is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f"{target.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / marker).is_file():
            return target
        scratch = Path(tempfile.mkdtemp(prefix=f"{target.name}.", dir=target.parent))
        try:
            make(scratch / "model")
            (scratch / "model").rename(target)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return target


# Dimensions the static model keeps (model2vec's PCA): half of MiniLM's 384 lose nothing the ranking uses.
STATIC_DIMENSIONS = 256


def distilled_folder(fingerprint: str, cache_dir: Path) -> Path:
    """Where the distillation of the model with ``fingerprint`` is cached (whole once its weights are there)."""
    return cache_dir / f"m2v-{fingerprint[:20]}-{STATIC_DIMENSIONS}"


def distilled(model_dir: Path, fingerprint: str, cache_dir: Path) -> Path:
    """A static embedding model distilled from the sentence-transformer in ``model_dir`` with model2vec (each
    vocabulary token embedded by the model once, reduced by PCA, weighted by frequency), made on first use
    (~16 s for MiniLM on 2 cores) and cached like a conversion. Nothing is downloaded."""

    def distil(folder: Path) -> None:
        from model2vec.distill import distill

        log.info("distilling a static embedding model", extra={"model": str(model_dir)})
        distill(model_name=str(model_dir), pca_dims=STATIC_DIMENSIONS, device="cpu").save_pretrained(str(folder))

    return _made_once(distilled_folder(fingerprint, cache_dir), "model.safetensors", distil)
