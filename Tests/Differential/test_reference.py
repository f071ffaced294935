"""The reference itself, pinned against what the consumers are known to do
(OpenJDK 17's Pattern, botocore 1.43, AWS CLI v2's ruamel.yaml 0.18.16), so
that a change to it cannot quietly move every verdict."""
import datetime

import pytest

from consumers import load_like_aws_cli, pyyaml_difference, verdict
from java_pattern import java_matches, utf16_length


@pytest.mark.parametrize("terminator", ["\n", "\r", "\u0085", "\u2028", "\u2029"])
def test_java_dot_excludes_every_line_terminator(terminator):
    assert not java_matches(".*", f"a{terminator}b")
    assert not java_matches(".+", terminator)


@pytest.mark.parametrize("other", ["\u000b", "\u000c", "\t", "\u00a0", "\U0001f600"])
def test_java_dot_matches_other_characters(other):
    assert java_matches(".+", other)


def test_java_classes_are_ascii():
    assert java_matches(r"https://\S+", "https://a\u00a0b")  # NBSP is not Java's \s
    assert not java_matches(r"https://\S+", "https://a\u000bb")  # VT is
    assert not java_matches(r"[\w-]+_[0-9a-zA-Z]+", "\u00e9_a")
    assert java_matches(r"([\p{L}\p{Z}\p{N}_.:/=+\-@]*)", "\U0001d400\u00e9 1")


def test_java_matches_the_whole_value():
    assert not java_matches(r"sg-[0-9a-z]*", "sg-1 ")
    assert not java_matches(r"(^a$)", "a\n")


def test_lengths_count_utf16_code_units():
    assert utf16_length("a\u00e9\U0001d400") == 4


def test_the_aws_cli_reads_yaml_1_2_with_1_1_on_request():
    loaded = load_like_aws_cli("a: 2024-06-30\nb: yes\nc: 0o17\nd: 017\ne: 1_000\n", "yaml")
    assert loaded == {"a": datetime.date(2024, 6, 30), "b": "yes", "c": 15, "d": 17, "e": 1000}
    assert load_like_aws_cli("%YAML 1.1\n---\nb: yes\nc: 0o17\n", "yaml") == {"b": True, "c": "0o17"}


def test_botocore_rejects_a_date_for_a_timestamp():
    rejected = verdict("CreationTimeAfter: 2024-06-30\n", "yaml", "ListModelPackageGroups")
    assert not rejected.accepted and "datetime.date" in rejected.reason
    assert verdict("CreationTimeAfter: '1700000000'\n", "yaml", "ListModelPackageGroups").accepted


def test_the_model_constraints_botocore_leaves_out():
    over = verdict('{"WorkforceName": "' + "a" * 64 + '"}', "json", "DescribeWorkforce")
    assert over.reason == "model: /WorkforceName is 64 UTF-16 code units, over max 63"
    near_miss = verdict('{"SortBy": "name"}', "json", "ListWorkforces")
    assert near_miss.reason == "model: /SortBy 'name' is not one of ['Name', 'CreateDate']"


def test_pyyaml_difference_names_the_place():
    assert pyyaml_difference("a: 1\nb: 012\n", {"a": 1, "b": 12}) == "/b"
    assert pyyaml_difference("a: yes\n", {"a": "yes"}) == "/a"
    assert pyyaml_difference("a: y\n", {"a": "y"}) is None
