"""Display positions survive an import unless the order really changes."""

from sakip.impor.selaras import _fixed_order


def test_stored_positions_in_file_order_are_kept_and_new_rows_go_after() -> None:
    assert _fixed_order([3, 5, 9, None, None]) == [3, 5, 9, 10, 11]


def test_a_new_row_fits_in_a_gap() -> None:
    assert _fixed_order([0, None, 5]) == [0, 1, 5]


def test_a_changed_order_or_no_room_means_numbering_again() -> None:
    assert _fixed_order([2, 1]) is None
    assert _fixed_order([0, None, 1]) is None
