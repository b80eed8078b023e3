//! `Tok`, the token kinds the parser sees, and `Token`, a kind with its span.

use minipy_diagnostics::Span;

/// One token. Literal tokens keep their source text; the parser decodes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok<'a> {
    Name(&'a str),
    /// An integer literal such as `0x_ff` or `1_000`.
    Int(&'a str),
    Float(&'a str),
    /// An imaginary literal such as `3j`.
    Imag(&'a str),
    /// A string literal with its prefix and quotes, e.g. `rb'\d'` or `f"{x}"`.
    Str(&'a str),

    // Keywords (`keyword.kwlist`).
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// The soft keyword `match`, when it starts a match statement. The lexer
    /// never makes this: the parser's token adapter decides from context.
    Match,
    /// The soft keyword `case`, when it starts a case clause (adapter only).
    Case,
    /// A `(` right after `with` that opens parenthesized context managers,
    /// `with (a as b, c as d):` (adapter only; shown as `(`).
    WithLpar,

    // Operators and delimiters, named as in CPython's `token` module.
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    /// `!`, `$`, `?` or a backtick: not an operator, but CPython's tokenizer
    /// passes it on and the parser reports `invalid syntax` at it.
    ErrorToken(&'a str),

    // Layout.
    Newline,
    Indent,
    Dedent,
    EndMarker,

    // Trivia: only `minipy tokens` shows these; the parser never sees them.
    Comment,
    /// A line break that does not end a logical line.
    Nl,
}

/// A token and the bytes it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub tok: Tok<'a>,
    pub span: Span,
}

impl Tok<'_> {
    pub fn is_trivia(&self) -> bool {
        matches!(self, Tok::Comment | Tok::Nl)
    }

    /// The keyword or operator spelling, if the token has a fixed one.
    pub fn fixed_text(&self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Match => "match",
            Case => "case",
            Lpar | WithLpar => "(",
            Rpar => ")",
            Lsqb => "[",
            Rsqb => "]",
            Lbrace => "{",
            Rbrace => "}",
            Colon => ":",
            Comma => ",",
            Semi => ";",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Vbar => "|",
            Amper => "&",
            Less => "<",
            Greater => ">",
            Equal => "=",
            Dot => ".",
            Percent => "%",
            EqEqual => "==",
            NotEqual => "!=",
            LessEqual => "<=",
            GreaterEqual => ">=",
            Tilde => "~",
            Circumflex => "^",
            LeftShift => "<<",
            RightShift => ">>",
            DoubleStar => "**",
            PlusEqual => "+=",
            MinEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            PercentEqual => "%=",
            AmperEqual => "&=",
            VbarEqual => "|=",
            CircumflexEqual => "^=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            DoubleStarEqual => "**=",
            DoubleSlash => "//",
            DoubleSlashEqual => "//=",
            At => "@",
            AtEqual => "@=",
            Rarrow => "->",
            Ellipsis => "...",
            ColonEqual => ":=",
            _ => return Option::None,
        })
    }

    pub fn is_keyword(&self) -> bool {
        self.fixed_text()
            .is_some_and(|t| t.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
    }

    /// The token type name `python3 -m tokenize` prints.
    pub fn type_name(&self) -> &'static str {
        match self {
            Tok::Name(_) => "NAME",
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => "NUMBER",
            Tok::Str(_) => "STRING",
            Tok::Newline => "NEWLINE",
            Tok::Indent => "INDENT",
            Tok::Dedent => "DEDENT",
            Tok::EndMarker => "ENDMARKER",
            Tok::Comment => "COMMENT",
            Tok::Nl => "NL",
            Tok::ErrorToken(_) => "ERRORTOKEN",
            t if t.is_keyword() => "NAME",
            _ => "OP",
        }
    }
}
