using JourneyBot.Storage;

namespace JourneyBot.Tests.Storage;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("a:1abc;messageid=1@thread.v2", "a:1abc;messageid=1@thread.v2")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData(@"a\b", "a%5Cb")]
    [InlineData("a#b?c", "a%23b%3Fc")]
    [InlineData("50%", "50%25")]
    [InlineData("tab\there", "tab%09here")]
    public void Keys_escape_only_what_Table_Storage_refuses_and_round_trip(string value, string key)
    {
        Assert.Equal(key, TableKey.Escape(value));
        Assert.Equal(value, TableKey.Unescape(key));
    }

    [Fact]
    public void Different_ids_never_share_a_key()
    {
        Assert.NotEqual(TableKey.Escape("a/b"), TableKey.Escape("a%2Fb"));
    }
}
