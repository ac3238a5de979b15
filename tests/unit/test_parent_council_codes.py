"""Letter codes: the check character catches every single typo and every swap, so typos
are told apart from guesses; marks and digests of one code have nothing in common."""

from __future__ import annotations

import pytest

from plugins.parent_council import codes


@pytest.fixture(scope="module")
def samples() -> list[str]:
    return [codes.normalise(codes.new_code()) for _ in range(40)]


def test_fresh_codes_are_well_formed_and_pass_their_check(samples):
    assert all(codes.well_formed(c) and not codes.mistyped(c) for c in samples)
    assert len(set(samples)) == len(samples)


def test_every_single_wrong_character_is_a_typo(samples):
    for code in samples:
        for i in range(codes.LENGTH):
            for ch in codes.ALPHABET:
                if ch != code[i]:
                    assert codes.mistyped(code[:i] + ch + code[i + 1 :]), (code, i, ch)


def test_every_swap_of_two_different_characters_is_a_typo(samples):
    for code in samples:
        for i in range(codes.LENGTH):
            for j in range(i + 1, codes.RANDOM_PART):  # two characters of the random part
                if code[i] != code[j]:
                    swapped = list(code)
                    swapped[i], swapped[j] = swapped[j], swapped[i]
                    assert codes.mistyped("".join(swapped)), (code, i, j)


def test_the_mark_of_a_used_code_is_not_its_stored_digest():
    code = codes.new_code()
    assert codes.spent_mark(code) != codes.digest(code)
    assert codes.spent_mark(code.lower().replace("-", " ")) == codes.spent_mark(code)
