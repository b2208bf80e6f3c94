"""Channel mix of a case over a period: how many contacts went through each channel, and a warning when
social media and messaging apps outnumber in-person contact (the guide: social media must not become the
main channel with a family).

A correction is not a new contact: only entries that correct nothing are counted, each with the channel of
its latest correction when it was corrected.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from resguardo.records.models import Channel, Entry

ONLINE = (Channel.SOCIAL_MEDIA, Channel.MESSAGING)
BAR_MAX = 250  # width in SVG units of the longest bar


@dataclass(frozen=True)
class Bar:
    channel: str
    label: str
    count: int
    width: int
    y: int


@dataclass(frozen=True)
class ChannelMix:
    counts: dict[str, int]
    total: int
    online: int
    in_person: int

    @property
    def warning(self) -> bool:
        return self.online > self.in_person

    def bars(self) -> list[Bar]:
        top = max(self.counts.values(), default=0) or 1
        return [
            Bar(
                channel=value,
                label=str(label),
                count=self.counts.get(value, 0),
                width=round(BAR_MAX * self.counts.get(value, 0) / top),
                y=i * 28,
            )
            for i, (value, label) in enumerate(Channel.choices)
        ]

    @property
    def height(self) -> int:
        return len(Channel.choices) * 28


def channel_mix(entries: Iterable[Entry]) -> ChannelMix:
    entries = list(entries)
    by_id = {e.pk: e for e in entries}
    latest: dict[int, Entry] = {}
    for entry in sorted(entries, key=lambda e: e.seq):
        if entry.corrects_id is None:
            continue
        root = entry.corrects_id
        while root in by_id and by_id[root].corrects_id is not None:
            root = by_id[root].corrects_id
        latest[root] = entry
    counts = {value: 0 for value in Channel.values}
    for entry in entries:
        if entry.corrects_id is None:
            counts[latest.get(entry.pk, entry).channel] += 1
    return ChannelMix(
        counts=counts,
        total=sum(counts.values()),
        online=sum(counts[c] for c in ONLINE),
        in_person=counts[Channel.IN_PERSON],
    )
