# statistics on pystm: exact Fraction-based sums, means, medians, modes,
# spreads, correlation and NormalDist.
import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.5, 3.25, 5.5, 1.0, 7.75, 3.25, 9.0]
print(st.mean(data), st.fmean(data), st.geometric_mean(data), st.harmonic_mean(data), st.median(data),
      st.median_low(data), st.median_high(data), st.median_grouped(data), st.mode(data), st.multimode(data))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data), st.quantiles(data, n=4))
print(st.mean([1, 2, 3, 4]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal('0.1'), Decimal('0.2')]),
      st.variance([Fraction(1, 2), Fraction(3, 4), 1]), st.median([1, 3, 5, 7]))
x, y = [1, 2, 3, 4, 5], [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, round(n.cdf(115), 6), round(n.inv_cdf(0.975), 6), round(n.pdf(100), 8),
      n + 5, n * 2, round(n.overlap(st.NormalDist(110, 10)), 6), n.quantiles(4))
for bad in [[], [1]]:
    try:
        print(st.variance(bad))
    except st.StatisticsError as e:
        print('StatisticsError', e)
try:
    st.mean([])
except st.StatisticsError as e:
    print('StatisticsError', e)
