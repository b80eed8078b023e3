//! The instruction set: one plain enum, with its names, argument kinds and
//! stack effects written out as exhaustive `match`es, so adding an opcode
//! fails to compile until `dis`, the stack-depth pass and the VM know it.
//!
//! Differences from CPython 3.11, on purpose:
//! - No `RESUME`, `PRECALL`, `CACHE` or `EXTENDED_ARG`: arguments are 32-bit
//!   and there are no inline caches in the instruction stream.
//! - Calls: `CALL n` calls the object under `n` arguments; after
//!   `LOAD_METHOD`, `CALL_METHOD n` does (CPython 3.11 uses `PUSH_NULL` and
//!   `PRECALL` for both).
//! - Jump arguments are absolute targets, so the conditional jumps have no
//!   direction in their names (`POP_JUMP_IF_FALSE`, as in CPython 3.12).

/// One opcode. The `u8` values are minipy's own, not CPython's numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Opcode {
    Nop,
    PopTop,
    PushNull,
    Copy,
    Swap,
    LoadConst,
    LoadFast,
    StoreFast,
    DeleteFast,
    LoadName,
    StoreName,
    DeleteName,
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    LoadDeref,
    LoadClassderef,
    StoreDeref,
    DeleteDeref,
    LoadClosure,
    MakeCell,
    CopyFreeVars,
    LoadAttr,
    StoreAttr,
    DeleteAttr,
    LoadMethod,
    BinaryOp,
    CompareOp,
    IsOp,
    ContainsOp,
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    UnaryNot,
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice,
    BuildTuple,
    BuildList,
    BuildSet,
    BuildMap,
    BuildConstKeyMap,
    BuildString,
    ListAppend,
    SetAdd,
    MapAdd,
    ListExtend,
    SetUpdate,
    DictUpdate,
    DictMerge,
    ListToTuple,
    UnpackSequence,
    UnpackEx,
    GetIter,
    ForIter,
    JumpForward,
    JumpBackward,
    PopJumpIfFalse,
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,
    MakeFunction,
    Call,
    CallMethod,
    KwNames,
    CallFunctionEx,
    ReturnValue,
    ReturnGenerator,
    YieldValue,
    Send,
    GetYieldFromIter,
    RaiseVarargs,
    Reraise,
    PushExcInfo,
    PopExcept,
    CheckExcMatch,
    CheckEgMatch,
    PrepReraiseStar,
    LoadAssertionError,
    BeforeWith,
    WithExceptStart,
    ImportName,
    ImportFrom,
    ImportStar,
    LoadBuildClass,
    SetupAnnotations,
    FormatValue,
    GetLen,
    MatchMapping,
    MatchSequence,
    MatchKeys,
    MatchClass,
    GetAwaitable,
    GetAiter,
    GetAnext,
    BeforeAsyncWith,
    EndAsyncFor,
    AsyncGenWrap,
    // Superinstructions. The compiler never emits these and `dis` never
    // shows them: the VM writes them into its own copy of a code object's
    // instructions (`minipy_vm::quicken`), over the first instruction of a
    // common pair, like CPython 3.11's `LOAD_FAST__LOAD_CONST`. The second
    // instruction keeps its place, so a jump to it still runs it alone.
    // Each takes the argument of the instruction it replaces.
    /// `LOAD_FAST` then `LOAD_FAST`.
    LoadFastLoadFast,
    /// `LOAD_CONST` of an int, then `BINARY_OP`.
    LoadConstBinaryOp,
    /// `LOAD_CONST` of an int, then `COMPARE_OP`.
    LoadConstCompareOp,
    /// `FOR_ITER`, then `STORE_FAST` of the item.
    ForIterStoreFast,
    /// `STORE_FAST` then `LOAD_FAST`.
    StoreFastLoadFast,
    /// `LOAD_FAST`, `LOAD_CONST` of an int, then `BINARY_OP`.
    LoadFastLoadConstBinaryOp,
    /// `LOAD_FAST`, `LOAD_CONST` of an int, then `COMPARE_OP`.
    LoadFastLoadConstCompareOp,
    /// `BUILD_SLICE 2`, then `BINARY_SUBSCR` (`xs[a:b]`, CPython 3.12's
    /// `BINARY_SLICE`).
    BuildSliceBinarySubscr,
}

/// What an instruction's argument means, for `dis` and the assembler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The opcode takes no argument.
    None,
    /// A plain number (a count, a depth, flags) shown without a note.
    Number,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// Index into `co_varnames`.
    Local,
    /// Index into the cell and free variables (`co_cellvars + co_freevars`
    /// after the locals, CPython's "localsplus").
    Free,
    /// An instruction index to jump to.
    Jump,
    /// A `BINARY_OP` operator.
    BinaryOp,
    /// A `COMPARE_OP` operator.
    CompareOp,
    /// `MAKE_FUNCTION` flags.
    FunctionFlags,
    /// `FORMAT_VALUE` flags.
    FormatFlags,
}

/// `BINARY_OP` arguments and their symbols (CPython's `NB_*` order).
pub const BINARY_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// `COMPARE_OP` arguments (CPython's `cmp_op`).
pub const COMPARE_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

impl Opcode {
    /// The name `dis` prints for an instruction that jumps to `target`
    /// from `index`. minipy keeps one conditional jump per condition, with
    /// an absolute target; CPython 3.11 has a separate opcode for each
    /// direction, and a `while` loop closes with the backward one.
    pub fn name_at(self, index: u32, target: u32) -> &'static str {
        use Opcode::*;
        if target > index {
            return self.name();
        }
        match self {
            PopJumpIfFalse => "POP_JUMP_BACKWARD_IF_FALSE",
            PopJumpIfTrue => "POP_JUMP_BACKWARD_IF_TRUE",
            PopJumpIfNone => "POP_JUMP_BACKWARD_IF_NONE",
            PopJumpIfNotNone => "POP_JUMP_BACKWARD_IF_NOT_NONE",
            _ => self.name(),
        }
    }

    /// The name `dis` prints.
    pub fn name(self) -> &'static str {
        use Opcode::*;
        match self {
            Nop => "NOP",
            PopTop => "POP_TOP",
            PushNull => "PUSH_NULL",
            Copy => "COPY",
            Swap => "SWAP",
            LoadConst => "LOAD_CONST",
            LoadFast => "LOAD_FAST",
            StoreFast => "STORE_FAST",
            DeleteFast => "DELETE_FAST",
            LoadName => "LOAD_NAME",
            StoreName => "STORE_NAME",
            DeleteName => "DELETE_NAME",
            LoadGlobal => "LOAD_GLOBAL",
            StoreGlobal => "STORE_GLOBAL",
            DeleteGlobal => "DELETE_GLOBAL",
            LoadDeref => "LOAD_DEREF",
            LoadClassderef => "LOAD_CLASSDEREF",
            StoreDeref => "STORE_DEREF",
            DeleteDeref => "DELETE_DEREF",
            LoadClosure => "LOAD_CLOSURE",
            MakeCell => "MAKE_CELL",
            CopyFreeVars => "COPY_FREE_VARS",
            LoadAttr => "LOAD_ATTR",
            StoreAttr => "STORE_ATTR",
            DeleteAttr => "DELETE_ATTR",
            LoadMethod => "LOAD_METHOD",
            BinaryOp => "BINARY_OP",
            CompareOp => "COMPARE_OP",
            IsOp => "IS_OP",
            ContainsOp => "CONTAINS_OP",
            UnaryNegative => "UNARY_NEGATIVE",
            UnaryPositive => "UNARY_POSITIVE",
            UnaryInvert => "UNARY_INVERT",
            UnaryNot => "UNARY_NOT",
            BinarySubscr => "BINARY_SUBSCR",
            StoreSubscr => "STORE_SUBSCR",
            DeleteSubscr => "DELETE_SUBSCR",
            BuildSlice => "BUILD_SLICE",
            BuildTuple => "BUILD_TUPLE",
            BuildList => "BUILD_LIST",
            BuildSet => "BUILD_SET",
            BuildMap => "BUILD_MAP",
            BuildConstKeyMap => "BUILD_CONST_KEY_MAP",
            BuildString => "BUILD_STRING",
            ListAppend => "LIST_APPEND",
            SetAdd => "SET_ADD",
            MapAdd => "MAP_ADD",
            ListExtend => "LIST_EXTEND",
            SetUpdate => "SET_UPDATE",
            DictUpdate => "DICT_UPDATE",
            DictMerge => "DICT_MERGE",
            ListToTuple => "LIST_TO_TUPLE",
            UnpackSequence => "UNPACK_SEQUENCE",
            UnpackEx => "UNPACK_EX",
            GetIter => "GET_ITER",
            ForIter => "FOR_ITER",
            JumpForward => "JUMP_FORWARD",
            JumpBackward => "JUMP_BACKWARD",
            PopJumpIfFalse => "POP_JUMP_IF_FALSE",
            PopJumpIfTrue => "POP_JUMP_IF_TRUE",
            PopJumpIfNone => "POP_JUMP_IF_NONE",
            PopJumpIfNotNone => "POP_JUMP_IF_NOT_NONE",
            JumpIfFalseOrPop => "JUMP_IF_FALSE_OR_POP",
            JumpIfTrueOrPop => "JUMP_IF_TRUE_OR_POP",
            MakeFunction => "MAKE_FUNCTION",
            Call => "CALL",
            CallMethod => "CALL_METHOD",
            KwNames => "KW_NAMES",
            CallFunctionEx => "CALL_FUNCTION_EX",
            ReturnValue => "RETURN_VALUE",
            ReturnGenerator => "RETURN_GENERATOR",
            YieldValue => "YIELD_VALUE",
            Send => "SEND",
            GetYieldFromIter => "GET_YIELD_FROM_ITER",
            RaiseVarargs => "RAISE_VARARGS",
            Reraise => "RERAISE",
            PushExcInfo => "PUSH_EXC_INFO",
            PopExcept => "POP_EXCEPT",
            CheckExcMatch => "CHECK_EXC_MATCH",
            CheckEgMatch => "CHECK_EG_MATCH",
            PrepReraiseStar => "PREP_RERAISE_STAR",
            LoadAssertionError => "LOAD_ASSERTION_ERROR",
            BeforeWith => "BEFORE_WITH",
            WithExceptStart => "WITH_EXCEPT_START",
            ImportName => "IMPORT_NAME",
            ImportFrom => "IMPORT_FROM",
            ImportStar => "IMPORT_STAR",
            LoadBuildClass => "LOAD_BUILD_CLASS",
            SetupAnnotations => "SETUP_ANNOTATIONS",
            FormatValue => "FORMAT_VALUE",
            GetLen => "GET_LEN",
            MatchMapping => "MATCH_MAPPING",
            MatchSequence => "MATCH_SEQUENCE",
            MatchKeys => "MATCH_KEYS",
            MatchClass => "MATCH_CLASS",
            GetAwaitable => "GET_AWAITABLE",
            GetAiter => "GET_AITER",
            GetAnext => "GET_ANEXT",
            BeforeAsyncWith => "BEFORE_ASYNC_WITH",
            EndAsyncFor => "END_ASYNC_FOR",
            AsyncGenWrap => "ASYNC_GEN_WRAP",
            LoadFastLoadFast => "LOAD_FAST__LOAD_FAST",
            LoadConstBinaryOp => "LOAD_CONST__BINARY_OP",
            LoadConstCompareOp => "LOAD_CONST__COMPARE_OP",
            ForIterStoreFast => "FOR_ITER__STORE_FAST",
            StoreFastLoadFast => "STORE_FAST__LOAD_FAST",
            LoadFastLoadConstBinaryOp => "LOAD_FAST__LOAD_CONST__BINARY_OP",
            LoadFastLoadConstCompareOp => "LOAD_FAST__LOAD_CONST__COMPARE_OP",
            BuildSliceBinarySubscr => "BUILD_SLICE__BINARY_SUBSCR",
        }
    }

    pub fn arg_kind(self) -> ArgKind {
        use Opcode::*;
        match self {
            LoadConst | KwNames | LoadConstBinaryOp | LoadConstCompareOp => ArgKind::Const,
            LoadName | StoreName | DeleteName | LoadGlobal | StoreGlobal | DeleteGlobal
            | LoadAttr | StoreAttr | DeleteAttr | LoadMethod | ImportName | ImportFrom => {
                ArgKind::Name
            }
            LoadFast
            | StoreFast
            | DeleteFast
            | LoadFastLoadFast
            | StoreFastLoadFast
            | LoadFastLoadConstBinaryOp
            | LoadFastLoadConstCompareOp => ArgKind::Local,
            LoadDeref | LoadClassderef | StoreDeref | DeleteDeref | LoadClosure | MakeCell => {
                ArgKind::Free
            }
            ForIter | ForIterStoreFast | JumpForward | JumpBackward | PopJumpIfFalse
            | PopJumpIfTrue | PopJumpIfNone | PopJumpIfNotNone | JumpIfFalseOrPop
            | JumpIfTrueOrPop | Send => ArgKind::Jump,
            BinaryOp => ArgKind::BinaryOp,
            CompareOp => ArgKind::CompareOp,
            MakeFunction => ArgKind::FunctionFlags,
            FormatValue => ArgKind::FormatFlags,
            Copy
            | Swap
            | CopyFreeVars
            | IsOp
            | ContainsOp
            | BuildSlice
            | BuildTuple
            | BuildList
            | BuildSet
            | BuildMap
            | BuildConstKeyMap
            | BuildString
            | ListAppend
            | SetAdd
            | MapAdd
            | ListExtend
            | SetUpdate
            | DictUpdate
            | DictMerge
            | UnpackSequence
            | UnpackEx
            | Call
            | CallMethod
            | CallFunctionEx
            | RaiseVarargs
            | Reraise
            | MatchClass
            | GetAwaitable
            | BuildSliceBinarySubscr => ArgKind::Number,
            Nop | PopTop | PushNull | UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot
            | BinarySubscr | StoreSubscr | DeleteSubscr | ListToTuple | GetIter | ReturnValue
            | ReturnGenerator | YieldValue | GetYieldFromIter | PushExcInfo | PopExcept
            | CheckExcMatch | CheckEgMatch | PrepReraiseStar | LoadAssertionError | BeforeWith
            | WithExceptStart | ImportStar | LoadBuildClass | SetupAnnotations | GetLen
            | MatchMapping | MatchSequence | MatchKeys | GetAiter | GetAnext | BeforeAsyncWith
            | EndAsyncFor | AsyncGenWrap => ArgKind::None,
        }
    }

    pub fn is_jump(self) -> bool {
        self.arg_kind() == ArgKind::Jump
    }

    /// Instructions after which control never falls through to the next one.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::JumpForward
                | Opcode::JumpBackward
                | Opcode::ReturnValue
                | Opcode::RaiseVarargs
                | Opcode::Reraise
        )
    }

    /// How many values the instruction adds to the stack (negative: removes),
    /// when it falls through (`jump == false`) or jumps (`jump == true`).
    /// CPython's `stack_effect`.
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        use Opcode::*;
        let arg = arg as i32;
        match self {
            Nop | Swap | DeleteFast | DeleteName | DeleteGlobal | DeleteDeref | MakeCell
            | CopyFreeVars | LoadAttr | UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot
            | ListToTuple | GetIter | JumpForward | JumpBackward | KwNames | YieldValue
            | GetYieldFromIter | CheckExcMatch | CheckEgMatch | SetupAnnotations | GetAwaitable
            | GetAiter | AsyncGenWrap => 0,
            PopTop | StoreFast | StoreName | StoreGlobal | StoreDeref | DeleteAttr | BinaryOp
            | CompareOp | IsOp | ContainsOp | BinarySubscr | ListAppend | SetAdd | ListExtend
            | SetUpdate | DictUpdate | DictMerge | ReturnValue | Reraise | PopExcept
            | PrepReraiseStar | ImportName | ImportStar | PopJumpIfFalse | PopJumpIfTrue
            | PopJumpIfNone | PopJumpIfNotNone => -1,
            PushNull | Copy | LoadConst | LoadFast | LoadName | LoadGlobal | LoadDeref
            | LoadClassderef | LoadClosure | LoadMethod | PushExcInfo | LoadAssertionError
            | BeforeWith | WithExceptStart | ImportFrom | LoadBuildClass | GetLen
            | MatchMapping | MatchSequence | MatchKeys | GetAnext | BeforeAsyncWith
            | ReturnGenerator => 1,
            // A superinstruction counts as the one it replaces (the second
            // instruction of its pair counts for itself).
            LoadFastLoadFast
            | LoadConstBinaryOp
            | LoadConstCompareOp
            | LoadFastLoadConstBinaryOp
            | LoadFastLoadConstCompareOp => 1,
            StoreFastLoadFast => -1,
            StoreAttr | DeleteSubscr | MapAdd | EndAsyncFor => -2,
            StoreSubscr => -3,
            BuildSlice
            | BuildTuple
            | BuildList
            | BuildSet
            | BuildString
            | BuildSliceBinarySubscr => 1 - arg,
            BuildMap => 1 - 2 * arg,
            BuildConstKeyMap => -arg,
            UnpackSequence => arg - 1,
            UnpackEx => (arg & 0xff) + (arg >> 8),
            ForIter | ForIterStoreFast => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            JumpIfFalseOrPop | JumpIfTrueOrPop => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            Send => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            MakeFunction => -(arg.count_ones() as i32),
            Call => -arg,
            CallMethod => -arg - 1,
            CallFunctionEx => -1 - (arg & 1),
            RaiseVarargs => -arg,
            FormatValue => {
                if arg & 4 != 0 {
                    -1
                } else {
                    0
                }
            }
            MatchClass => -2,
        }
    }
}
