"""Demo household members: a spouse and children for about a third of the files (the rest not
yet surveyed, as in a branch that has just begun recording households).

Drawn from a random stream of their own, so adding households left every other demo record
(names, numbers, the search precision sample) as it was.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from agricrm.demo import data
from agricrm.domain.enums import Gender
from agricrm.domain.household import Relation
from agricrm.domain.id_number import with_check_digit

SURVEYED = 0.33


class HouseholdMaker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7919 + 17)
        self.surnames = [s for s, _ in data.SURNAMES]
        self.weights = [w for _, w in data.SURNAMES]

    def members(self, customer: dict[str, Any]) -> list[dict[str, Any]]:
        """Members of the customer's household, fewer than its size, for a surveyed one."""
        rng = self.rng
        room = (customer["household_size"] or 1) - 1
        if room < 1 or rng.random() >= SURVEYED:
            return []
        born: dt.date = customer["birth_date"]
        surname = customer["name"][0]
        found: list[dict[str, Any]] = []
        if born.year < 2000 and rng.random() < 0.9:
            spouse = Gender.FEMALE if customer["gender"] is Gender.MALE else Gender.MALE
            spouse_born = born.replace(year=born.year + rng.randint(-3, 5), day=1)
            spouse_surname = rng.choices(self.surnames, self.weights)[0]
            found.append(
                self._member(customer, spouse_surname, spouse, Relation.SPOUSE, spouse_born)
            )
        while len(found) < room:
            child_born = born.replace(year=min(born.year + rng.randint(22, 34), 2024), day=1)
            gender = rng.choice((Gender.MALE, Gender.FEMALE))
            child_surname = (
                surname
                if customer["gender"] is Gender.MALE
                else rng.choice((surname, found[0]["name"][0] if found else surname))
            )
            found.append(self._member(customer, child_surname, gender, Relation.CHILD, child_born))
        return found

    def _member(
        self,
        customer: dict[str, Any],
        surname: str,
        gender: Gender,
        relation: Relation,
        born: dt.date,
    ) -> dict[str, Any]:
        rng = self.rng
        pool = data.MALE_GIVEN if gender is Gender.MALE else data.FEMALE_GIVEN
        given = "".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 2))))
        adult = born.year <= 2006
        sequence = rng.randrange(0, 500) * 2 + (1 if gender is Gender.MALE else 0)
        return {
            "customer_id": customer["id"],
            "name": surname + given,
            "relation": relation,
            "id_number": (
                with_check_digit(f"{data.REGION_CODE}{born:%Y%m%d}{sequence:03d}")
                if adult and rng.random() < 0.6
                else ""
            ),
            "phone": (
                rng.choice(data.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
                if adult and rng.random() < 0.5
                else ""
            ),
            "notes": "",
            "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "created_at": customer["created_at"],
            "updated_at": customer["created_at"],
            "row_version": 1,
            "deleted": False,
        }
