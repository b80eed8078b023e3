//! Methods of builtin types that take no argument or exactly one (CPython's
//! METH_NOARGS and METH_O), so that a wrong count is refused before the
//! method runs, with CPython's message: `list.clear() takes no arguments
//! (1 given)`, `set.add() takes exactly one argument (0 given)`.

use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};

/// The argument-less methods `bytes` and `bytearray` share. (An owner may
/// have several rows in the tables below.)
const BYTES_NO_ARGS: &[&str] = &[
    "lower",
    "upper",
    "title",
    "capitalize",
    "swapcase",
    "isalpha",
    "isdigit",
    "isalnum",
    "isspace",
    "islower",
    "isupper",
    "istitle",
    "isascii",
];

const NO_ARGS: &[(&str, &[&str])] = &[
    ("list", &["clear", "copy", "reverse"]),
    (
        "dict",
        &["clear", "copy", "items", "keys", "values", "popitem"],
    ),
    ("set", &["clear", "copy", "pop"]),
    ("frozenset", &["copy"]),
    (
        "str",
        &[
            "lower",
            "upper",
            "title",
            "capitalize",
            "swapcase",
            "casefold",
            "isalpha",
            "isdigit",
            "isdecimal",
            "isnumeric",
            "isalnum",
            "isspace",
            "islower",
            "isupper",
            "istitle",
            "isidentifier",
            "isprintable",
            "isascii",
        ],
    ),
    ("bytes", BYTES_NO_ARGS),
    ("bytearray", BYTES_NO_ARGS),
    ("bytearray", &["clear", "copy", "reverse"]),
    (
        "int",
        &["bit_length", "bit_count", "conjugate", "as_integer_ratio"],
    ),
    (
        "float",
        &["is_integer", "as_integer_ratio", "conjugate", "hex"],
    ),
];

const ONE_ARG: &[(&str, &[&str])] = &[
    ("list", &["append", "count", "extend", "remove"]),
    (
        "set",
        &[
            "add",
            "discard",
            "remove",
            "isdisjoint",
            "issubset",
            "issuperset",
        ],
    ),
    ("frozenset", &["isdisjoint", "issubset", "issuperset"]),
    ("str", &["join"]),
    ("bytes", &["join"]),
    ("bytearray", &["join", "append", "extend", "remove"]),
    ("tuple", &["count"]),
];

/// How many arguments (besides `self`) `owner.name` takes, if it is one
/// of the fixed-arity methods.
pub fn fixed_arity(owner: &str, name: &str) -> Option<u8> {
    let find = |table: &[(&str, &[&str])]| {
        table
            .iter()
            .any(|(o, names)| *o == owner && names.contains(&name))
    };
    if find(NO_ARGS) {
        Some(0)
    } else if find(ONE_ARG) {
        Some(1)
    } else {
        None
    }
}

/// Refuses a call of a fixed-arity method with the wrong arguments.
/// `args[0]` is `self`.
pub fn check(
    vm: &Vm,
    owner: &str,
    name: &str,
    arity: u8,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<()> {
    let given = args.len().wrapping_sub(1);
    if kwargs.is_empty() && given == arity as usize {
        return Ok(());
    }
    // The errors come in CPython's order: no `self`, a `self` of another
    // type, then keywords, then the count.
    let Some(this) = args.first() else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    let cls = vm.class_of(this);
    let applies = std::iter::once(&cls)
        .chain(cls.mro_rest.iter())
        .any(|c| c.name().as_str() == owner);
    if !applies {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            cls.name().as_str()
        )));
    }
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    Err(vm.type_error(if arity == 0 {
        format!("{owner}.{name}() takes no arguments ({given} given)")
    } else {
        format!("{owner}.{name}() takes exactly one argument ({given} given)")
    }))
}
