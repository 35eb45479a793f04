"""Stage two: putting each person's topics into rounds (König's edge colouring).

Every topic is split into "seats": a seat takes at most one person per round,
so it holds up to as many people as there are rounds. People and seats form a
bipartite multigraph in which every person has one edge per round and every
seat at most that many. König's theorem says such a graph can be edge-coloured
with as many colours as rounds; a colour is a round. Every person then has each
round exactly once, with distinct topics, and each seat serves one person per
round, so a topic never holds more people per round than it has seats.

The members of a topic are put on seats grouped by the soft-goal attributes: a
seat's people are in different rounds, so colleagues who share a seat never
meet in the same session, and a seat of one sector contributes that sector to
every round alike.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from konferenz_cli.assign.instance import Instance

__all__ = ["colour_edges", "rounds_for_sets"]


def colour_edges(num_left: int, left: list[int], right: list[int], colours: int) -> list[int]:
    """A proper edge colouring of a bipartite multigraph whose degrees are at most ``colours``.

    Edge ``e`` joins left vertex ``left[e]`` and right vertex ``right[e]``
    (numbered from 0 on each side). Classic alternating-path method: give an
    edge a colour free at both ends, or else swap the two colours along the
    path from one end, which in a bipartite graph never reaches the other end.
    """
    k = colours
    ends_left = left
    ends_right = [num_left + v for v in right]
    vertices = num_left + (max(right) + 1 if right else 0)
    at = [-1] * (vertices * k)
    colour = [-1] * len(left)
    for edge in range(len(left)):
        u, v = ends_left[edge], ends_right[edge]
        base_u, base_v = u * k, v * k
        a = next(c for c in range(k) if at[base_u + c] < 0)
        if at[base_v + a] >= 0:
            b = next(c for c in range(k) if at[base_v + c] < 0)
            if at[base_u + b] < 0:
                a = b
            else:
                _swap_path(v, a, b, k, at, colour, ends_left, ends_right)
        colour[edge] = a
        at[base_u + a] = edge
        at[base_v + a] = edge
    return colour


def _swap_path(
    start: int, a: int, b: int, k: int, at: list[int], colour: list[int], left: list[int], right: list[int]
) -> None:
    """Swap colours a and b along the a/b path that leaves ``start`` by its a-edge."""
    path: list[int] = []
    vertex, wanted = start, a
    while True:
        edge = at[vertex * k + wanted]
        if edge < 0:
            break
        path.append(edge)
        vertex = left[edge] if right[edge] == vertex else right[edge]
        wanted = b if wanted == a else a
    for edge in path:
        at[left[edge] * k + colour[edge]] = -1
        at[right[edge] * k + colour[edge]] = -1
    for edge in path:
        colour[edge] = b if colour[edge] == a else a
        at[left[edge] * k + colour[edge]] = edge
        at[right[edge] * k + colour[edge]] = edge


def rounds_for_sets(
    instance: Instance, chosen: NDArray[np.bool_], group_keys: list[tuple[str, ...]] | None = None
) -> NDArray[np.int64]:
    """Each person's topic per round (n x k topic indices) for topic sets of exactly k topics.

    ``group_keys`` (one per person) say who should share seats: see :func:`_seats`.
    """
    n, k = instance.n, instance.k
    position = np.empty(n, dtype=np.int64)
    position[np.asarray(instance.order, dtype=np.int64)] = np.arange(n)
    left: list[int] = []
    right: list[int] = []
    seat_topic: list[int] = []
    for topic in range(instance.m):
        members = sorted(np.nonzero(chosen[:, topic])[0].tolist(), key=lambda p: position[p])
        most_seats = int(instance.capacity[topic].min())
        seats = _seats(members, group_keys, k, most_seats) if group_keys is not None else _chunks(members, k)
        for seat in seats:
            for person in seat:
                left.append(person)
                right.append(len(seat_topic))
            seat_topic.append(topic)
    colour = colour_edges(n, left, right, k)
    schedule = np.full((n, k), -1, dtype=np.int64)
    for edge, person in enumerate(left):
        schedule[person, colour[edge]] = seat_topic[right[edge]]
    return schedule


def _chunks(members: list[int], size: int) -> list[list[int]]:
    return [members[start : start + size] for start in range(0, len(members), size)]


def _seats(members: list[int], keys: list[tuple[str, ...]], size: int, most_seats: int) -> list[list[int]]:
    """Seats for one topic's members: people with the same key share a seat wherever possible.

    Each key's members fill whole seats; the rest of each key (fewer than a
    seat) is packed first-fit-decreasing, never split, so a group's members
    on one seat all land in different rounds. If that needs more seats than
    the topic has per round, the packed order is cut into full seats instead.
    """
    groups: dict[tuple[str, ...], list[int]] = {}
    for person in members:
        groups.setdefault(keys[person], []).append(person)
    seats: list[list[int]] = []
    rests: list[list[int]] = []
    for key in sorted(groups):
        group = groups[key]
        whole = len(group) - len(group) % size
        seats.extend(_chunks(group[:whole], size))
        if whole < len(group):
            rests.append(group[whole:])
    bins: list[list[int]] = []
    for rest in sorted(rests, key=len, reverse=True):
        target = next((b for b in bins if len(b) + len(rest) <= size), None)
        if target is None:
            bins.append(list(rest))
        else:
            target.extend(rest)
    if len(seats) + len(bins) > most_seats:
        flat = [person for seat in bins for person in seat]
        bins = _chunks(flat, size)
    return seats + bins
