//! The `minipy` command line: one subcommand per pipeline stage.

use clap::{Parser, Subcommand};
use minipy_driver::Outcome;
use std::io::Write;

#[derive(Parser)]
#[command(
    name = "minipy",
    version,
    about = "A Python 3 interpreter that shows how Python runs a script"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Stage 1: print the tokens, as `python3 -m tokenize` does
    Tokens { file: String },
    /// Stage 2: print the syntax tree, as `ast.dump(ast.parse(src), indent=1)` does
    Ast { file: String },
    /// Stage 3: print each scope's symbol table, as Python's `symtable` sees it
    Symbols { file: String },
    /// Stage 4: print the bytecode, in the columns of `python3 -m dis`
    Dis {
        file: String,
        /// Show the instructions as the VM runs them, with the pairs it
        /// fuses into superinstructions (like `dis.dis(f, adaptive=True)`)
        #[arg(long)]
        adaptive: bool,
    },
    /// Stages 1-4: report the first error, or nothing (like `python3 -m py_compile`)
    Check {
        file: String,
        /// Also print how long each stage took, on stderr (for profiling)
        #[arg(long, hide = true)]
        stage_times: bool,
    },
    /// Stages 1-5: run the program, as `python3 FILE ARGS...` does
    Run {
        file: String,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn main() {
    let cli = Cli::parse();
    if let Command::Run { file, args } = cli.command {
        let status =
            minipy_driver::with_big_stack(move || minipy_driver::run_command(&file, &args));
        if status < 0 {
            minipy_driver::die_of(-status);
        }
        std::process::exit(status);
    }
    let outcome = minipy_driver::with_big_stack(move || match cli.command {
        Command::Tokens { file } => minipy_driver::tokens_command(&file),
        Command::Ast { file } => minipy_driver::ast_command(&file),
        Command::Symbols { file } => minipy_driver::symbols_command(&file),
        Command::Dis { file, adaptive } => minipy_driver::dis_command(&file, adaptive),
        Command::Check {
            file,
            stage_times: false,
        } => minipy_driver::check_command(&file),
        Command::Check {
            file,
            stage_times: true,
        } => minipy_driver::check_stage_times_command(&file),
        Command::Run { .. } => unreachable!("handled above"),
    });
    finish(outcome);
}

fn finish(outcome: Outcome) -> ! {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(outcome.stdout.as_bytes());
    let _ = stdout.flush();
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(outcome.stderr.as_bytes());
    let _ = stderr.flush();
    std::process::exit(outcome.status);
}

// jemalloc: faster than glibc's malloc on object-heavy code, and safe
// across `fork` (see ARCHITECTURE.md, "src/main.rs").
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
