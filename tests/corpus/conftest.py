"""Multi-article fixtures written for these tests: a flood toll over three days from two outlets
(with one contradicting pair), one attack covered by two outlets, and an unrelated story."""
from __future__ import annotations

import pytest

from .builders import record

SINDH = [("Sindh", "PK", "region"), ("Pakistan", "PK", "country")]
AUTHORITY = ("Provincial Disaster Management Authority", "ORG")


def flood_records():
    day1 = record("flood-a1", "2025-08-04", "Harbour Times",
                  "KARACHI - Flash floods swept through villages in Sindh province on Monday, killing at least 40 "
                  "people, the Provincial Disaster Management Authority said. Rescue boats reached stranded "
                  "families in Pakistan's south as the monsoon rains continued.",
                  places=SINDH, entities=[AUTHORITY],
                  figures=[dict(anchor_text="at least 40 people", value=40, low=40, approx="at_least",
                                category="killed", subject="people",
                                source="Provincial Disaster Management Authority", date="2025-08-04")])
    day2 = record("flood-b2", "2025-08-05", "Valley Post",
                  "The death toll from flash floods in Sindh province rose to 63 on Tuesday, the Provincial "
                  "Disaster Management Authority said, as monsoon rains kept rescue boats from reaching "
                  "stranded villages in southern Pakistan.",
                  places=SINDH, entities=[AUTHORITY],
                  figures=[dict(anchor_text="63", value=63, category="killed",
                                source="Provincial Disaster Management Authority", date="2025-08-05")])
    day3a = record("flood-a3", "2025-08-06", "Harbour Times",
                   "The number of people killed by flash floods in Sindh province climbed to 85 on Wednesday, "
                   "the Provincial Disaster Management Authority said. Monsoon rains eased and rescue boats "
                   "reached more stranded villages.",
                   places=SINDH, entities=[AUTHORITY],
                   figures=[dict(anchor_text="85", value=85, category="killed", subject="people",
                                 source="Provincial Disaster Management Authority", date="2025-08-06")])
    day3b = record("flood-b3", "2025-08-06", "Valley Post",
                   "Rescue officials in Sindh province said on Wednesday that 97 people had been killed by the "
                   "flash floods, more than the Provincial Disaster Management Authority reported, as monsoon "
                   "rains eased over stranded villages.",
                   places=SINDH, entities=[AUTHORITY],
                   figures=[dict(anchor_text="97 people", value=97, category="killed", subject="people",
                                 source="rescue officials", date="2025-08-06")])
    return [day1, day2, day3a, day3b]


def attack_records():
    first = record("attack-x", "2025-02-11", "Lagos Ledger",
                   "Gunmen stormed a police station in Maiduguri on Monday night, killing three officers before "
                   "fleeing into the bush, Borno state police said on Tuesday.",
                   places=[("Maiduguri", "NG", "city"), ("Borno", "NG", "region")],
                   entities=[("Borno state police", "ORG")],
                   figures=[dict(anchor_text="three officers", value=3, category="killed", subject="officers",
                                 source="Borno state police", date="2025-02-10")],
                   events=[dict(anchor_text="stormed", type="ASSAULT", source=["Gunmen"], target=["Borno state police"],
                                place="Maiduguri", date="2025-02-10")])
    second = record("attack-y", "2025-02-11", "Sahel Courier",
                    "Three police officers were killed when gunmen attacked a police station in Maiduguri late on "
                    "Monday, Borno state police said. The attackers fled into the bush.",
                    places=[("Maiduguri", "NG", "city")],
                    entities=[("Borno state police", "ORG")],
                    figures=[dict(anchor_text="Three police officers", value=3, category="killed",
                                  subject="police officers", source="Borno state police", date="2025-02-10")],
                    events=[dict(anchor_text="attacked", type="ASSAULT", source=["gunmen"], target=[],
                                 place="Maiduguri", date="2025-02-10")])
    return [first, second]


def unrelated_records():
    return [record("talks-z", "2025-08-05", "Harbour Times",
                   "Trade ministers from Pakistan and India met in Geneva on Tuesday to discuss tariffs on textiles, "
                   "the first such meeting in three years.",
                   places=[("Geneva", "CH", "city"), ("Pakistan", "PK", "country"), ("India", "IN", "country")],
                   events=[dict(anchor_text="met", type="CONSULT", source=["Pakistan", "India"], place="Geneva",
                                date="2025-08-05")])]


@pytest.fixture
def flood():
    return flood_records()


@pytest.fixture
def attack():
    return attack_records()


@pytest.fixture
def corpus():
    return flood_records() + attack_records() + unrelated_records()
