"""Record ids: what `uuid.uuid4().hex` gives (32 lowercase hex digits, version 4, the RFC
variant), made without a UUID object; a message sent without an id gets one of the same kind."""

from __future__ import annotations

import re
import uuid

from host.records import new_id


def test_a_record_id_is_a_random_version_4_uuid_in_hex() -> None:
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for value in ids:
        assert re.fullmatch(r"[0-9a-f]{32}", value)
        parsed = uuid.UUID(hex=value)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and parsed.hex == value
    # every other nibble varies, as uuid4's do
    assert {value[12] for value in ids} == {"4"} and {value[16] for value in ids} == set("89ab")
    assert len({value[0] for value in ids}) == 16
