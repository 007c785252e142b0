#!/usr/bin/python3
"""Independent reference for the CLV bootstrap (src/lib/models/bootstrap.ts), with numpy/scipy.

Reads an orders CSV (order_id,customer_id,order_date,total), builds the per-customer summary in
weeks (FHL 2005 / lifetimes conventions: one purchase per customer-day, x = purchase days - 1,
t_x and T from the first purchase day, the calibration end the last order day, monetary = mean of
the repeat days), and then, for each replicate:

  * draws the same resample as the app (the same mulberry32 stream and draw order: n draws of
    floor(u * n) over the summary rows in customer order), as per-customer counts;
  * refits BG/NBD by maximum likelihood (scipy L-BFGS-B in log-parameters, from several starts,
    weighted by the counts) and the NBD limit a -> 0 (2 parameters); the estimator, as documented
    in src/lib/models/ridge.ts, is the NBD limit when the BG/NBD maximum has a/(a+b) < 1e-4 and the
    NBD fits within 0.01 log-likelihood of it, else the BG/NBD maximum;
  * refits Gamma-Gamma the same way; q <= 1 gives an infinite total;
  * computes every drawn customer's discounted 12-month CLV (monthly steps of 365.25/12 days, 10 %
    a year, discounted from each step's end), with Phi = E[Y(t)] while alive computed by QUADPACK's
    algebraic-weight rule (qawse) on the Beta integral Phi = E[(1 - (1+ps)^-(r+x))/p],
    p ~ Beta(a, b+x) (checked against mpmath's 2F1 form below), or (r+x)s at a = 0;
  * sums counts * CLV.

Writes the replicate totals and the 90 % percentile interval (type 7) as JSON.
usage: /usr/bin/python3 tests/reference/clv_bootstrap.py tests/fixtures/clv/flat-ridge.csv \
         --replicates 40 --seed 1 > tests/reference/clv-bootstrap-flat-ridge.json
"""
import argparse
import csv
import datetime
import json
import math
import sys

import numpy as np
from scipy import integrate, optimize, special

DAYS_PER_WEEK = 7.0
MONTH_WEEKS = 365.25 / 12 / 7


def mulberry32(seed):
    state = seed & 0xFFFFFFFF

    def imul(a, b):
        return (a * b) & 0xFFFFFFFF

    def next_value():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF
        t &= 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296.0

    return next_value


def summary(path):
    days = {}
    order = []
    with open(path, newline='') as handle:
        for row in csv.DictReader(handle):
            customer = row['customer_id']
            day = datetime.date.fromisoformat(row['order_date'][:10]).toordinal()
            if customer not in days:
                days[customer] = {}
                order.append(customer)
            days[customer][day] = days[customer].get(day, 0.0) + float(row['total'])
    end = max(max(d) for d in days.values())
    x, tx, T, m = [], [], [], []
    for customer in order:
        spend = days[customer]
        first, last = min(spend), max(spend)
        repeats = len(spend) - 1
        x.append(repeats)
        tx.append((last - first) / DAYS_PER_WEEK)
        T.append((end - first) / DAYS_PER_WEEK)
        m.append(sum(v for d, v in spend.items() if d != first) / repeats if repeats else 0.0)
    return np.array(x, float), np.array(tx), np.array(T), np.array(m)


def bgnbd_ll(theta, x, tx, T, w):
    r, alpha, a, b = np.exp(theta)
    a1 = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha)
    a2 = special.gammaln(a + b) + special.gammaln(b + x) - special.gammaln(b) - special.gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide='ignore'):
        a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return float(np.sum(w * (a1 + a2 + np.logaddexp(a3, a4))))


def nbd_ll(theta, x, T, w):
    r, alpha = np.exp(theta)
    return float(np.sum(w * (special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha) - (r + x) * np.log(alpha + T))))


def maximise(f, starts, bound=30):
    best = None
    for start in starts:
        result = optimize.minimize(lambda t: -f(t), np.array(start, float), method='L-BFGS-B',
                                   bounds=[(-bound, bound)] * len(start),
                                   options={'maxiter': 5000, 'ftol': 1e-15, 'gtol': 1e-10, 'maxfun': 50000})
        result = optimize.minimize(lambda t: -f(t), result.x, method='Nelder-Mead',
                                   options={'xatol': 1e-10, 'fatol': 1e-12, 'maxiter': 20000, 'maxfev': 40000})
        if best is None or result.fun < best.fun:
            best = result
    return best.x, -best.fun


def fit_purchases(x, tx, T, w, start):
    rate = np.sum(w * x) / np.sum(w * T)
    starts = [np.log(start)] + [np.log([r, r / rate, a, b]) for r, a, b in [(1, 1, 1), (0.25, 0.8, 2.5), (3, 0.3, 8), (0.7, 0.01, 1)]]
    theta, ll = maximise(lambda t: bgnbd_ll(t, x, tx, T, w), starts)
    nbd_theta, nbd = maximise(lambda t: nbd_ll(t, x, T, w), [theta[:2], np.log([1, 1 / rate])])
    r, alpha, a, b = np.exp(theta)
    if a / (a + b) < 1e-4 and nbd > ll - 0.01:
        r, alpha = np.exp(nbd_theta)
        return (r, alpha, 0.0, math.inf), nbd
    return (r, alpha, a, b), ll


def gg_ll(theta, x, m, w):
    p, q, v = np.exp(theta)
    return float(np.sum(w * (special.gammaln(p * x + q) - special.gammaln(p * x) - special.gammaln(q) + q * np.log(v)
                             + (p * x - 1) * np.log(m) + p * x * np.log(x) - (p * x + q) * np.log(x * m + v))))


def fit_spend(x, m, w, start):
    mean = np.sum(w * m) / np.sum(w)
    starts = [np.log(start)] + [np.log([p, q, mean * (q - 1) / p]) for p, q in [(1, 2), (5, 4), (10, 10)]]
    theta, _ = maximise(lambda t: gg_ll(t, x, m, w), starts)
    return tuple(np.exp(theta))


def phi(r, a, b, x, s):
    """Expected purchases in the next s (in units of alpha + T) while alive: the Beta integral."""
    if a == 0:
        return (r + x) * s
    rx, bx = r + x, b + x
    log_beta = special.betaln(a, bx)

    def h(p):
        return -math.expm1(-rx * math.log1p(p * s)) / p if p > 0 else rx * s

    value, _ = integrate.quad(h, 0, 1, weight='alg', wvar=(a - 1, bx - 1), epsabs=0, epsrel=1e-12, limit=200)
    return value / math.exp(log_beta)


def check_phi():
    import mpmath
    mpmath.mp.dps = 40
    for r, a, b, x, s in [(0.7, 0.0105, 1.09, 3, 2.5), (0.7, 0.3, 2.0, 0, 0.4), (1.2, 0.02, 0.8, 25, 9.0)]:
        c = a + b + x - 1
        exact = c / (a - 1) * (1 - (1 / (1 + mpmath.mpf(s))) ** (r + x) * mpmath.hyp2f1(r + x, b + x, c, mpmath.mpf(s) / (1 + s)))
        got = phi(r, a, b, x, s)
        if abs(got - float(exact)) > 1e-9 * abs(float(exact)):
            sys.exit(f'Phi check failed at {(r, a, b, x, s)}: {got} vs {exact}')


def clv_total(params, spend_params, x, tx, T, m, counts):
    r, alpha, a, b = params
    p, q, v = spend_params
    if not q > 1:
        return math.inf
    months = np.arange(1, 13)
    t = months * MONTH_WEEKS
    discount = 1.1 ** (-months / 12)
    population = p * v / (q - 1)
    cache = {}
    total = 0.0
    for i in np.nonzero(counts)[0]:
        key = (x[i], T[i])
        if key not in cache:
            values = [phi(r, a, b, x[i], tk / (alpha + T[i])) for tk in t]
            cache[key] = float(np.sum(np.diff(np.concatenate([[0.0], values])) * discount))
        if x[i] > 0 and a > 0:
            alive = 1 / (1 + a / (b + x[i] - 1) * ((alpha + T[i]) / (alpha + tx[i])) ** (r + x[i]))
        else:
            alive = 1.0
        spend = p * (v + x[i] * m[i]) / (p * x[i] + q - 1) if x[i] > 0 and m[i] > 0 else population
        total += counts[i] * spend * alive * cache[key]
    return total


def quantile(sorted_values, probability):
    n = len(sorted_values)
    position = (n - 1) * probability
    below = math.floor(position)
    above = min(below + 1, n - 1)
    if position == below or sorted_values[above] == sorted_values[below]:
        return sorted_values[below]
    return sorted_values[below] + (position - below) * (sorted_values[above] - sorted_values[below])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('orders')
    parser.add_argument('--replicates', type=int, default=40)
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()
    check_phi()
    x, tx, T, m = summary(args.orders)
    n = len(x)
    ones = np.ones(n)
    spend_rows = (x > 0) & (m > 0)
    full, full_ll = fit_purchases(x, tx, T, ones, [1.0, 5.0, 0.5, 1.0])
    start = full if full[2] > 0 else (full[0], full[1], 1e-3, 10.0)
    full_spend = fit_spend(x[spend_rows], m[spend_rows], ones[spend_rows], [3.0, 3.0, 70.0])
    estimate = clv_total(full, full_spend, x, tx, T, m, ones)
    random = mulberry32(args.seed)
    totals, kinds = [], []
    for replicate in range(args.replicates):
        counts = np.zeros(n)
        for _ in range(n):
            counts[math.floor(random() * n)] += 1
        params, _ = fit_purchases(x, tx, T, counts, start)
        spend = fit_spend(x[spend_rows], m[spend_rows], counts[spend_rows], full_spend)
        totals.append(clv_total(params, spend, x, tx, T, m, counts))
        kinds.append('nbd' if params[2] == 0 else 'bgnbd')
        print(f'replicate {replicate + 1}: {kinds[-1]} {totals[-1]:.2f}', file=sys.stderr)
    ordered = sorted(totals)
    json.dump({
        'orders': args.orders,
        'replicates': args.replicates,
        'seed': args.seed,
        'customers': n,
        'fit': {'r': full[0], 'alpha': full[1], 'a': full[2], 'b': full[3] if math.isfinite(full[3]) else None,
                'logLikelihood': full_ll, 'p': full_spend[0], 'q': full_spend[1], 'v': full_spend[2]},
        'estimate': estimate,
        'totals': totals,
        'noDropout': kinds,
        'low': quantile(ordered, 0.05),
        'median': quantile(ordered, 0.5),
        'high': quantile(ordered, 0.95),
    }, sys.stdout, indent=1)
    print(file=sys.stdout)


if __name__ == '__main__':
    main()
