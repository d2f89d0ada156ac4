"""Node positions for the HTML explorer, computed in numpy so that vis-network needs no physics.

Each connected component is laid out on its own and the components are then packed in rows,
largest first, so that a graph of many small paper-and-entities islands fills the screen
instead of drifting apart. Trees (most small islands are stars: a paper and its entities) get a
radial layout; other components a Fruchterman-Reingold layout whose repulsion is approximated
on an adaptive grid (exact inside a cell, by centre of mass between cells). A step costs
O(n * cells + n * cell size + edges), so 5,000 nodes take a fraction of a second, where
networkx's spring_layout needs scipy and is quadratic per step.
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np

__all__ = ["layout_positions"]

_PIXELS_PER_UNIT = 45.0
_RADIAL_MAX = 400
_GAP = 2.0  # units between packed components


def layout_positions(n: int, pairs: list[tuple[int, int]], *, seed: int = 7) -> np.ndarray:
    """Positions in pixels, shape ``(n, 2)``, for ``n`` nodes joined by undirected ``pairs``."""
    if n == 0:
        return np.zeros((0, 2))
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        if a != b:
            adj[a].append(b)
            adj[b].append(a)
    rng = np.random.default_rng(seed)
    blocks = []
    for comp in _components(adj):
        local = {g: i for i, g in enumerate(comp)}
        sub = [(local[a], local[b]) for a in comp for b in adj[a] if a < b]
        if len(comp) == 1:
            pos = np.zeros((1, 2))
        elif len(sub) == len(comp) - 1 and len(comp) <= _RADIAL_MAX:
            pos = _radial([[local[b] for b in adj[a]] for a in comp])
        else:
            pos = _force(len(comp), sub, rng)
        blocks.append((comp, pos - (pos.min(axis=0) + pos.max(axis=0)) / 2))
    out = np.zeros((n, 2))
    for comp, pos in _pack(blocks):
        out[comp] = pos
    return out * _PIXELS_PER_UNIT


def _components(adj: list[list[int]]) -> list[list[int]]:
    seen = [False] * len(adj)
    comps = []
    for s in range(len(adj)):
        if seen[s]:
            continue
        seen[s] = True
        comp, queue = [], deque([s])
        while queue:
            a = queue.popleft()
            comp.append(a)
            for b in adj[a]:
                if not seen[b]:
                    seen[b] = True
                    queue.append(b)
        comps.append(comp)
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def _radial(adj: list[list[int]]) -> np.ndarray:
    """A tree drawn outwards from its most connected node, wedges sized by leaf counts."""
    n = len(adj)
    root = max(range(n), key=lambda i: (len(adj[i]), -i))
    parent, depth, order = [-1] * n, [0] * n, [root]
    for a in order:  # order grows while we walk it: a BFS
        for b in adj[a]:
            if b != parent[a] and b != root and parent[b] == -1:
                parent[b], depth[b] = a, depth[a] + 1
                order.append(b)
    children: list[list[int]] = [[] for _ in range(n)]
    for a in order[1:]:
        children[parent[a]].append(a)
    leaves = [1] * n
    for a in reversed(order):
        if children[a]:
            leaves[a] = sum(leaves[c] for c in children[a])
    first_ring = max(len(children[root]), 1)
    ring = max(1.6, 1.25 * first_ring / (2 * math.pi))
    pos = np.zeros((n, 2))
    wedge = {root: (0.0, 2 * math.pi)}
    for a in order:
        lo, hi = wedge[a]
        if a != root:
            mid = (lo + hi) / 2
            r = ring * depth[a]
            pos[a] = (r * math.cos(mid), r * math.sin(mid))
        at = lo
        for c in children[a]:
            share = (hi - lo) * leaves[c] / leaves[a]
            wedge[c] = (at, at + share)
            at += share
    return pos


def _force(n: int, pairs: list[tuple[int, int]], rng: np.random.Generator) -> np.ndarray:
    u = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    v = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    deg = np.bincount(np.concatenate([u, v]), minlength=n).astype(float)
    mass = 1.0 + np.sqrt(deg)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2)) * math.sqrt(n)
    # Leaves start beside their neighbour, which saves most of the iterations.
    leaf_u, leaf_v = deg[u] == 1, deg[v] == 1
    pos[u[leaf_u]] = pos[v[leaf_u]] + rng.normal(0, 0.5, size=(int(leaf_u.sum()), 2))
    pos[v[leaf_v & ~leaf_u]] = pos[u[leaf_v & ~leaf_u]] + rng.normal(0, 0.5, size=(int((leaf_v & ~leaf_u).sum()), 2))
    steps = 80 if n <= 300 else 50 if n <= 2000 else 25
    grid = int(min(12, max(2, math.sqrt(n / 12))))
    temp = math.sqrt(n) / 3
    buffers = (np.empty((n, grid * grid)), np.empty((n, grid * grid)))
    for _ in range(steps):
        disp = _repulsion(pos, mass, grid, buffers)
        delta = pos[u] - pos[v]
        dist = np.sqrt((delta ** 2).sum(axis=1)) + 1e-9
        f = delta * dist[:, None]  # attraction d^2 / k with k = 1
        for axis in (0, 1):
            disp[:, axis] -= (np.bincount(u, f[:, axis], minlength=n)
                              - np.bincount(v, f[:, axis], minlength=n))
        disp -= pos * (0.05 * mass)[:, None]  # gravity keeps far branches in
        length = np.sqrt((disp ** 2).sum(axis=1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp = max(temp * 0.92, 0.03)
    # Big hairballs end up denser than one node per unit square: spread them so labels fit.
    span = pos.max(axis=0) - pos.min(axis=0)
    spread = 1.5 * math.sqrt(n) / math.sqrt(max(float(span[0] * span[1]) * 0.785, 1e-9))
    return pos * max(spread, 1.0)


def _repulsion(pos: np.ndarray, mass: np.ndarray, grid: int,
               buffers: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """Repulsion mass_i * mass_j / d^1.5 on an adaptive grid of about equal-count cells.

    FR's 1/d reaches far and stretches edges; 1/d^2 crowds the nodes around hubs.
    """
    n = len(pos)
    # Columns of equal count by x, then rows of equal count by y inside each column.
    col = np.empty(n, dtype=np.int64)
    col[np.argsort(pos[:, 0], kind="stable")] = np.arange(n) * grid // n
    order = np.lexsort((pos[:, 1], col))
    col_size = np.bincount(col, minlength=grid)
    col_start = np.concatenate([[0], np.cumsum(col_size)[:-1]])
    rank_in_col = np.arange(n) - col_start[col[order]]
    cell = np.empty(n, dtype=np.int64)
    cell[order] = col[order] * grid + rank_in_col * grid // np.maximum(col_size[col[order]], 1)
    cells = grid * grid
    m = np.bincount(cell, mass, minlength=cells)
    safe = np.maximum(m, 1e-12)
    cx = np.bincount(cell, mass * pos[:, 0], minlength=cells) / safe
    cy = np.bincount(cell, mass * pos[:, 1], minlength=cells) / safe
    lx, ly, lm = cx, cy, m  # empty cells weigh 0: fixed shapes let the buffers be reused
    disp = np.zeros_like(pos)
    # Far field from every cell's centre of mass, then take out the node's own cell ...
    # (in place, sums with einsum: this is the hot loop, and a BLAS product's threads only
    # fight over a loaded machine's cores)
    px, py = pos[:, 0:1], pos[:, 1:2]
    if buffers is None or buffers[0].shape != (n, cells):
        buffers = (np.empty((n, cells)), np.empty((n, cells)))
    d2, t = buffers
    np.subtract(px, lx[None, :], out=d2)
    d2 *= d2
    np.subtract(py, ly[None, :], out=t)
    t *= t
    d2 += t
    d2 += 1e-4
    np.sqrt(d2, out=t)
    np.sqrt(t, out=t)
    t *= d2
    np.divide(lm[None, :], t, out=t)  # weight m / d^2.5
    total = t.sum(axis=1)
    disp[:, 0] = pos[:, 0] * total - np.einsum("ij,j->i", t, lx)
    disp[:, 1] = pos[:, 1] * total - np.einsum("ij,j->i", t, ly)
    dx, dy = pos[:, 0] - cx[cell], pos[:, 1] - cy[cell]
    d2 = dx * dx + dy * dy + 1e-4
    w = m[cell] / (d2 * np.sqrt(np.sqrt(d2)))
    disp[:, 0] -= dx * w
    disp[:, 1] -= dy * w
    # ... and put it back exactly, node by node.
    sorted_nodes = np.argsort(cell, kind="stable")
    counts = np.bincount(cell, minlength=cells)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    per = counts[cell[sorted_nodes]]
    total = int(per.sum())
    i_sorted = np.repeat(np.arange(n), per)
    j_sorted = starts[cell[sorted_nodes]][i_sorted] + (np.arange(total) - np.repeat(np.cumsum(per) - per, per))
    i_idx, j_idx = sorted_nodes[i_sorted], sorted_nodes[j_sorted]
    keep = i_idx != j_idx
    i_idx, j_idx = i_idx[keep], j_idx[keep]
    dx = pos[i_idx, 0] - pos[j_idx, 0]
    dy = pos[i_idx, 1] - pos[j_idx, 1]
    d2 = dx * dx + dy * dy + 1e-4
    w = mass[j_idx] / (d2 * np.sqrt(np.sqrt(d2)))
    disp[:, 0] += np.bincount(i_idx, dx * w, minlength=n)
    disp[:, 1] += np.bincount(i_idx, dy * w, minlength=n)
    return disp * mass[:, None] / float(mass.mean())


def _pack(blocks: list[tuple[list[int], np.ndarray]]) -> list[tuple[list[int], np.ndarray]]:
    """Shelf-pack centred components in rows, largest first, into a roughly 16:10 area."""
    sizes = [(pos.max(axis=0) - pos.min(axis=0)) + _GAP for _, pos in blocks]
    area = sum(float(w * h) for w, h in sizes)
    row_width = max(max(float(w) for w, _ in sizes), math.sqrt(area * 1.6))
    placed, x, y, row_h = [], 0.0, 0.0, 0.0
    for (comp, pos), (w, h) in zip(blocks, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        placed.append((comp, pos + np.array([x + w / 2, y + h / 2])))
        x += float(w)
        row_h = max(row_h, float(h))
    # Centre the whole drawing on the origin.
    allpos = np.concatenate([p for _, p in placed])
    centre = (allpos.min(axis=0) + allpos.max(axis=0)) / 2
    return [(comp, pos - centre) for comp, pos in placed]
