using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Retail;
using static Confidant.Dialog.Tests.Backends.BackendTestData;

namespace Confidant.Dialog.Tests.Backends;

public sealed class DemoRetailBackendTests
{
    [Fact]
    public async Task Item389501_FromTheUserJourney_IsInTheCatalogue()
    {
        var item = await new DemoRetailBackend().GetItemAsync("389501");

        Assert.NotNull(item);
        Assert.StartsWith("Demo ", item.Name, StringComparison.Ordinal);
        Assert.True(item.Price > 0);
    }

    [Fact]
    public async Task FindProducts_ByWordOrNumber_FindsTheItem()
    {
        var shop = new DemoRetailBackend();

        Assert.Contains(await shop.FindProductsAsync("wireless headphones"), p => p.ItemNumber == "389501");
        Assert.Contains(await shop.FindProductsAsync("item #389501"), p => p.ItemNumber == "389501");
        Assert.Empty(await shop.FindProductsAsync("submarine"));
    }

    [Fact]
    public async Task UnknownItem_IsNull_AndCannotBeOrdered()
    {
        var shop = new DemoRetailBackend();

        Assert.Null(await shop.GetItemAsync("999999"));
        var ex = await Assert.ThrowsAsync<BackendException>(() => shop.PlaceOrderAsync(Bob, "999999", 1, Card(), "order-key-0001"));
        Assert.Equal(BackendErrorCodes.NotFound, ex.Code);
    }

    [Fact]
    public async Task PlaceOrder_IsPaidWithTheMaskedCard_AndTheSameKeyGivesTheSameOrder()
    {
        var shop = new DemoRetailBackend();
        var card = Card("1111");

        var order = await shop.PlaceOrderAsync(Bob, "389501", 2, card, "order-key-0001");
        var again = await shop.PlaceOrderAsync(Bob, "389501", 2, card, "order-key-0001");

        Assert.Equal("•••• 1111", order.PaidWith);
        Assert.Equal(2 * 59.99m, order.Total);
        Assert.Equal(OrderState.Placed, order.State);
        Assert.Equal(order, again);
        Assert.Equal(order, await shop.GetOrderStatusAsync(Bob, order.OrderId));
    }

    [Fact]
    public async Task PlaceOrder_SameKeyForAnotherItem_IsAConflict()
    {
        var shop = new DemoRetailBackend();
        await shop.PlaceOrderAsync(Bob, "389501", 1, Card(), "order-key-0001");

        var ex = await Assert.ThrowsAsync<BackendException>(() => shop.PlaceOrderAsync(Bob, "214870", 1, Card(), "order-key-0001"));

        Assert.Equal(BackendErrorCodes.Conflict, ex.Code);
    }

    [Fact]
    public async Task OrderIds_AreStablePerCustomerAndKey_AndPrivateToTheCustomer()
    {
        var card = Card();
        var bobs = await new DemoRetailBackend().PlaceOrderAsync(Bob, "389501", 1, card, "order-key-0001");
        var bobsAgain = await new DemoRetailBackend().PlaceOrderAsync(Bob, "389501", 1, card, "order-key-0001");
        var shop = new DemoRetailBackend();
        var alices = await shop.PlaceOrderAsync(Alice, "389501", 1, card, "order-key-0001");

        Assert.Equal(bobs.OrderId, bobsAgain.OrderId);
        Assert.NotEqual(bobs.OrderId, alices.OrderId);
        Assert.Null(await shop.GetOrderStatusAsync(Bob, alices.OrderId));
    }

    [Fact]
    public async Task StartReturn_OnceDone_ThenUnchanged_AndUnknownOrdersAreNotFound()
    {
        var shop = new DemoRetailBackend();
        var order = await shop.PlaceOrderAsync(Bob, "389501", 1, Card(), "order-key-0001");

        var started = await shop.StartReturnAsync(Bob, order.OrderId);
        var again = await shop.StartReturnAsync(Bob, order.OrderId);

        Assert.Equal(ChangeOutcome.Done, started.Outcome);
        Assert.StartsWith("DEMO-RET-", started.Reference, StringComparison.Ordinal);
        Assert.Equal(new ChangeResult(ChangeOutcome.Unchanged, started.Reference), again);
        Assert.Equal(OrderState.ReturnStarted, (await shop.GetOrderStatusAsync(Bob, order.OrderId))!.State);
        Assert.Equal(ChangeOutcome.NotFound, (await shop.StartReturnAsync(Alice, order.OrderId)).Outcome);
    }
}
