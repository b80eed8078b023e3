//! `_random`: the Mersenne Twister behind the `random` module.
//!
//! The generator, its seeding from an int and the two ways of drawing from
//! it (`random()` and `getrandbits(k)`) follow CPython's `_randommodule.c`,
//! so a seeded minipy program draws the same numbers as CPython. The rest of
//! `random` (randint, choice, shuffle...) is Python, in the driver's frozen
//! standard library, built on these four functions.

use crate::builtins::add_function;
use crate::cell::PyCell;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use std::sync::Arc;

const N: usize = 624;
const M: usize = 397;

/// The generator's state: 624 words and the position in them.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeding from a key of 32-bit words (`init_by_array`).
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.index >= N {
            for k in 0..N {
                let y = (self.state[k] & UPPER) | (self.state[(k + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// An int of `k` random bits, built from 32-bit words, least
    /// significant first.
    fn getrandbits(&mut self, mut k: u64) -> BigInt {
        if k == 0 {
            return BigInt::from(0);
        }
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        while k > 0 {
            let mut r = self.next_u32();
            if k < 32 {
                r >>= 32 - k;
            }
            words.push(r);
            k = k.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_random", None);
    add_function(&m.dict, "new", new);
    add_function(&m.dict, "seed", seed);
    add_function(&m.dict, "random", random);
    add_function(&m.dict, "getrandbits", getrandbits);
    Ok(Value::Module(m))
}

fn generator<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyCell<Mt>> {
    match args.first() {
        Some(Value::Instance(inst)) => inst
            .native::<PyCell<Mt>>()
            .ok_or_else(|| vm.type_error(format!("_random.{name}() needs a generator"))),
        _ => Err(vm.type_error(format!("_random.{name}() needs a generator"))),
    }
}

fn new(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = crate::types::builtin_class(
        "_random_state",
        BuiltinKind::Native,
        Some(&vm.interp.types.object),
    );
    Ok(Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new(PyCell::new(Mt::new()))),
    ))))
}

/// `seed(gen, n)`: CPython's seeding for an int, from the words of `abs(n)`.
fn seed(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let gen_cell = generator(vm, args, "seed")?;
    let n = args
        .get(1)
        .and_then(crate::ops::numbers::to_bigint)
        .ok_or_else(|| vm.type_error("_random.seed() takes an int"))?;
    let mut key = n.magnitude().to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    gen_cell.borrow_mut().init_by_array(&key);
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let gen_cell = generator(vm, args, "random")?;
    Ok(Value::Float(gen_cell.borrow_mut().random()))
}

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let gen_cell = generator(vm, args, "getrandbits")?;
    let k = match args.get(1) {
        Some(Value::Int(k)) if *k >= 0 => *k as u64,
        Some(Value::Int(_)) => return Err(vm.value_error("number of bits must be non-negative")),
        _ => return Err(vm.type_error("getrandbits() takes an int")),
    };
    Ok(Value::from_bigint(gen_cell.borrow_mut().getrandbits(k)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `random.seed(1); random.random()` and `random.seed(42)` draws in CPython.
    #[test]
    fn matches_cpython() {
        let mut mt = Mt::new();
        mt.init_by_array(&[1]);
        assert_eq!(mt.random(), 0.13436424411240122);
        mt.init_by_array(&[42]);
        assert_eq!(mt.getrandbits(4), BigInt::from(10));
    }
}
