# unittest runs unchanged: a suite with passing, failing, erroring, skipped
# and expected-failure tests, subTest, setUp/tearDown order and assertRaises;
# the verbose report goes to stdout with the run time masked.
import io
import re
import sys
import unittest

log = []


class Sample(unittest.TestCase):
    def setUp(self):
        log.append("setUp")

    def tearDown(self):
        log.append("tearDown")

    def test_ok(self):
        self.assertEqual(sum([1, 2, 3]), 6)
        self.assertIn("b", "abc")

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn("division", str(cm.exception))


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Sample)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", stream.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
print(log.count("setUp"), log.count("tearDown"))
