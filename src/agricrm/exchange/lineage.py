"""Which version of a record a copy is, and what it descends from.

A package row carries its record's lineage: the ids of every version the record went through,
ending with its own.  A receiver whose copy is one of them may take the row as a plain update;
a row whose version the receiver already passed through is stale; anything else was changed
on both sides and goes to a person.

A version id is not the record's content: a record set back to content it had before (a
customer reassigned A → B → A, a file archived and restored) is a new version, or the other
side's edit would be taken for that earlier version and lost.  So an id chains its content to
the version before it, ``sha1(parent + content)``; a record's first version is its content
hash, so identical first copies agree.  Two devices that make the same edit to the same
version compute the same id and agree without a conflict.

Each device remembers, in `sync_history`, the versions it knows of each record and the last
one it *held* (exported, or took from a package) with that version's content; its copy is
that version while its content is unchanged, and a new version on top of it once edited.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


def version_after(parent: str | None, content: str) -> str:
    """The id of the version saying `content` (a content hash) that follows `parent`."""
    if parent is None:
        return content
    digest = hashlib.sha1(f"{parent}:{content}".encode("ascii"), usedforsecurity=False)
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Held:
    """The last version of a record this device held, and its content hash."""

    version: str
    content: str

    def current(self, content: str) -> str:
        """The version a copy saying `content` is: this one, or a new one made on top of it."""
        return self.version if content == self.content else version_after(self.version, content)


def current_version(held: Held | None, content: str) -> str:
    """The version of a copy saying `content`, given the last version this device held."""
    return version_after(None, content) if held is None else held.current(content)
